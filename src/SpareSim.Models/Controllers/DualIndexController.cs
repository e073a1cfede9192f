using SpareSim.Models.InstalledBases;

namespace SpareSim.Models.Controllers;

/// <summary>
/// A dual-index-like rule for comparison with the optimal policy: on a failure, order AM (the fast
/// source) when the expedited inventory position after the demand — stock on hand minus
/// backorders plus the AM pipeline, minus one for the failure — is at or below
/// <see cref="Threshold"/>, else order CM. With one-for-one replenishment the full inventory
/// position is always S, so the position that leaves out the slow pipeline is the informative one
/// (it equals S − rC − 1). Spares are installed in <see cref="InstallPreference"/> order.
/// </summary>
public sealed class DualIndexController : ISourcingController
{
    private readonly int _installedBase;

    /// <summary>Orders AM when the expedited position is ≤ <paramref name="threshold"/>, for k = <paramref name="installedBase"/>.</summary>
    public DualIndexController(int installedBase, int threshold, PartVersion installPreference)
    {
        if (installedBase < 1) throw new ArgumentOutOfRangeException(nameof(installedBase), installedBase, "installed base k must be at least 1");
        if (!Enum.IsDefined(installPreference))
            throw new ArgumentOutOfRangeException(nameof(installPreference), installPreference, "unknown part version");
        _installedBase = installedBase;
        Threshold = threshold;
        InstallPreference = installPreference;
    }

    /// <summary>The expedited-position threshold at or below which AM is ordered.</summary>
    public int Threshold { get; }

    /// <summary>The version installed when both are in stock.</summary>
    public PartVersion InstallPreference { get; }

    /// <summary>The expedited inventory position after a failure in <paramref name="state"/>.</summary>
    public int ExpeditedPosition(in InventoryState state) =>
        state.Stock - (_installedBase - state.Installed) + state.PipelineAm - 1;

    /// <inheritdoc />
    public FailureDecision OnFailure(in InventoryState state, PartVersion failedVersion) =>
        new(InstallPreference, ExpeditedPosition(state) <= Threshold ? PartVersion.Am : PartVersion.Cm);
}
