namespace SpareSim.Analytics.DualSourcing;

/// <summary>Reading the two halves of a <see cref="DualSourcingAction"/>.</summary>
public static class DualSourcingActions
{
    /// <summary>The version installed from stock when both versions are in stock.</summary>
    public static PartVersion Install(this DualSourcingAction action) =>
        action is DualSourcingAction.InstallAmOrderAm or DualSourcingAction.InstallAmOrderCm ? PartVersion.Am : PartVersion.Cm;

    /// <summary>The version ordered.</summary>
    public static PartVersion Order(this DualSourcingAction action) =>
        action is DualSourcingAction.InstallAmOrderAm or DualSourcingAction.InstallCmOrderAm ? PartVersion.Am : PartVersion.Cm;

    /// <summary>The action installing <paramref name="install"/> and ordering <paramref name="order"/>.</summary>
    public static DualSourcingAction Of(PartVersion install, PartVersion order) => (install, order) switch
    {
        (PartVersion.Am, PartVersion.Am) => DualSourcingAction.InstallAmOrderAm,
        (PartVersion.Cm, PartVersion.Am) => DualSourcingAction.InstallCmOrderAm,
        (PartVersion.Am, PartVersion.Cm) => DualSourcingAction.InstallAmOrderCm,
        _ => DualSourcingAction.InstallCmOrderCm,
    };
}
