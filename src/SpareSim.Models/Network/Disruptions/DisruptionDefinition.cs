using SpareSim.Core.Distributions;

namespace SpareSim.Models.Network.Disruptions;

/// <summary>
/// A disruption of a model file (<c>disruptions</c>): what it does (<see cref="Kind"/>), to which
/// element (<see cref="Target"/>), when (<see cref="Timing"/>) and how hard (<see cref="Factor"/>,
/// <see cref="Delay"/> or <see cref="Fraction"/>, by kind). It draws its random numbers from its
/// own stream "disruption/NAME", so a scenario with it and one without it keep every other
/// element's numbers (common random numbers).
/// </summary>
public sealed record DisruptionDefinition
{
    /// <summary>The disruption's name (measures <c>disrupted_fraction_NAME</c>, stream "disruption/NAME").</summary>
    public required string Name { get; init; }

    /// <summary>What it does.</summary>
    public required DisruptionKind Kind { get; init; }

    /// <summary>The element it is aimed at.</summary>
    public required DisruptionTarget Target { get; init; }

    /// <summary>When it is active.</summary>
    public required DisruptionTiming Timing { get; init; }

    /// <summary>Multiplier of a <see cref="DisruptionKind.Slowdown"/> (&gt; 0) or a <see cref="DisruptionKind.DemandSurge"/> (≥ 1); 1 otherwise.</summary>
    public double Factor { get; init; } = 1;

    /// <summary>Extra delay of each convoy departure during a <see cref="DisruptionKind.ConvoyDelay"/>.</summary>
    public IDistribution? Delay { get; init; }

    /// <summary>Probability that a unit on hand is lost, <see cref="DisruptionKind.StockLoss"/>.</summary>
    public double Fraction { get; init; }

    /// <summary>What an <see cref="DisruptionKind.Outage"/> of a printer source does to the prints under way.</summary>
    public OutageInProgress InProgress { get; init; } = OutageInProgress.Finish;
}
