using SpareSim.Core.Distributions;

namespace SpareSim.Models.Network.Definition;

/// <summary>
/// Systems at a site that each need <see cref="UnitsPerSystem"/> units of a part; a system is down
/// while any of its units waits for a spare. Units are independent positions: a unit keeps its
/// own clock while another unit of its system waits (exact for one unit per system).
/// </summary>
public sealed record InstalledBaseDefinition
{
    /// <summary>The installed base's name.</summary>
    public required string Name { get; init; }

    /// <summary>Index of its site.</summary>
    public required int Site { get; init; }

    /// <summary>Index of the part its units are.</summary>
    public required int Part { get; init; }

    /// <summary>Number of systems (≥ 1).</summary>
    public required int Systems { get; init; }

    /// <summary>Units of the part per system (≥ 1).</summary>
    public int UnitsPerSystem { get; init; } = 1;

    /// <summary>How failures arise.</summary>
    public FailureMode FailureMode { get; init; } = FailureMode.Renewal;

    /// <summary>Time to failure of an installed unit, per version of the part.</summary>
    public required IReadOnlyList<IDistribution> Lifetimes { get; init; }

    /// <summary>Per-period failure probability per version (<see cref="FailureMode.PerPeriod"/> only; <see cref="Lifetimes"/> then holds geometric-mean exponentials for estimates).</summary>
    public IReadOnlyList<double>? FailureProbabilities { get; init; }

    /// <summary>Installed units per version at time 0 (sums to systems × units per system).</summary>
    public required IReadOnlyList<int> InitialInstalled { get; init; }

    /// <summary>Cost per failure (maintenance).</summary>
    public double CostPerFailure { get; init; }

    /// <summary>Cost per down system per time unit.</summary>
    public double DowntimeCost { get; init; }

    /// <summary>Saving per installed unit per time unit, per version (subtracted from the cost).</summary>
    public IReadOnlyList<double>? SavingPerInstalledUnit { get; init; }

    /// <summary>Units in all systems.</summary>
    public int Units => Systems * UnitsPerSystem;
}
