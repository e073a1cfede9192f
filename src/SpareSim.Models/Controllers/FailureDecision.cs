using SpareSim.Models.InstalledBases;

namespace SpareSim.Models.Controllers;

/// <summary>
/// The two decisions on a failure (Knofius et al. §3.2): which version to install from stock when
/// both are on hand (maintenance decision), and which version to order (sourcing decision).
/// </summary>
/// <param name="Install">Version to install when both are in stock; otherwise the one on hand is used.</param>
/// <param name="Order">Version ordered to replace the failed part (one for one).</param>
public readonly record struct FailureDecision(PartVersion Install, PartVersion Order);
