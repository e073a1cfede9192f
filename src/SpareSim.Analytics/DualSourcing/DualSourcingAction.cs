namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// The decision taken on a failure (Knofius et al. §3.2, options c = 1..4): which version to install
/// from stock when both are there, and which version to order. The numeric values are the paper's c.
/// </summary>
public enum DualSourcingAction
{
    /// <summary>c = 1: install AM (if possible), order AM.</summary>
    InstallAmOrderAm = 1,

    /// <summary>c = 2: install CM (if possible), order AM.</summary>
    InstallCmOrderAm = 2,

    /// <summary>c = 3: install AM (if possible), order CM.</summary>
    InstallAmOrderCm = 3,

    /// <summary>c = 4: install CM (if possible), order CM.</summary>
    InstallCmOrderCm = 4,
}
