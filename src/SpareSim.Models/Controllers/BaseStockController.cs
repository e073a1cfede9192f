using SpareSim.Models.InstalledBases;

namespace SpareSim.Models.Controllers;

/// <summary>
/// Single sourcing with one-for-one base stock: every failure orders one part of the single
/// version, and spares of that version are installed (the base stock level is the number of spares
/// the stock point starts with).
/// </summary>
public sealed class BaseStockController : ISourcingController
{
    private readonly FailureDecision _decision;

    /// <summary>Sources only <paramref name="version"/>.</summary>
    public BaseStockController(PartVersion version)
    {
        if (!Enum.IsDefined(version)) throw new ArgumentOutOfRangeException(nameof(version), version, "unknown part version");
        Version = version;
        _decision = new FailureDecision(version, version);
    }

    /// <summary>The version sourced.</summary>
    public PartVersion Version { get; }

    /// <inheritdoc />
    public FailureDecision OnFailure(in InventoryState state, PartVersion failedVersion) => _decision;
}
