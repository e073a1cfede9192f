using SpareSim.Core.Distributions;

namespace SpareSim.Models.Network.Disruptions;

/// <summary>
/// When a disruption is active, in model time from the start of the run (the warm-up included):
/// <see cref="FixedWindows"/>, <see cref="AlternatingRenewal"/> or <see cref="RandomShock"/>.
/// </summary>
public abstract record DisruptionTiming;

/// <summary>One interval [<paramref name="Start"/>, <paramref name="Start"/> + <paramref name="Duration"/>) of a disruption.</summary>
/// <param name="Start">Start, in model time.</param>
/// <param name="Duration">Length (&gt; 0).</param>
public sealed record DisruptionWindow(double Start, double Duration)
{
    /// <summary>The end of the window.</summary>
    public double End => Start + Duration;
}

/// <summary>Active in the given disjoint windows, in every replication.</summary>
/// <param name="Windows">The windows, sorted by start and disjoint.</param>
public sealed record FixedWindows(IReadOnlyList<DisruptionWindow> Windows) : DisruptionTiming;

/// <summary>
/// An alternating renewal process starting up at time 0: up for a time drawn from
/// <paramref name="UpTime"/>, then active (down) for a time drawn from <paramref name="DownTime"/>,
/// and so on. Long-run active fraction E[down] / (E[up] + E[down]).
/// </summary>
/// <param name="UpTime">Time between disruptions (e.g. time between failures of a printer).</param>
/// <param name="DownTime">Length of a disruption (e.g. repair time).</param>
public sealed record AlternatingRenewal(IDistribution UpTime, IDistribution DownTime) : DisruptionTiming;

/// <summary>One disruption per replication: it starts at a time drawn from <paramref name="Start"/> and lasts a time drawn from <paramref name="Duration"/>.</summary>
/// <param name="Start">Start law.</param>
/// <param name="Duration">Duration law.</param>
public sealed record RandomShock(IDistribution Start, IDistribution Duration) : DisruptionTiming;
