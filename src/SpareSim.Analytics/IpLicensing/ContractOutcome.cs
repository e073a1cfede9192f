namespace SpareSim.Analytics.IpLicensing;

/// <summary>
/// What a contract gives with a set of buyers: who licenses (Δ ≥ 0, ties to the licence), the
/// OEM's profit, each buyer's surplus, and the configuration (two buyers, smaller first).
/// </summary>
public sealed record ContractOutcome
{
    /// <summary>The contract.</summary>
    public required LicenceContract Contract { get; init; }

    /// <summary>The buyers' demand rates.</summary>
    public required IReadOnlyList<double> Rates { get; init; }

    /// <summary>Per buyer: licenses.</summary>
    public required IReadOnlyList<bool> Licenses { get; init; }

    /// <summary>Per buyer: Δ(λ_i, F, r) (−∞ under no licence).</summary>
    public required IReadOnlyList<double> Surpluses { get; init; }

    /// <summary>π(F, r): margins of traditional buyers plus fees and royalties of licensees.</summary>
    public required double Profit { get; init; }

    /// <summary>Σ over licensees of π_A: the OEM's licence income.</summary>
    public required double LicenceIncome { get; init; }

    /// <summary>Σ over licensees of Δ(λ_i, F, r): the surplus the licensees keep.</summary>
    public required double LicenseeSurplus { get; init; }

    /// <summary>Number of licensees.</summary>
    public int Licensees => Licenses.Count(x => x);
}
