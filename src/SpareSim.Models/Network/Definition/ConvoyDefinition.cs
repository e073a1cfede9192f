using SpareSim.Core.Distributions;

namespace SpareSim.Models.Network.Definition;

/// <summary>
/// A convoy: departs every <see cref="Period"/> time units from <see cref="Offset"/> on, loads every
/// replenishment waiting for its site, and arrives after <see cref="TransitTime"/> plus a delay; a
/// cancelled departure leaves the parts for the next one. Both draws are made at every departure
/// (cancellation, delay) so that scenarios stay paired under common random numbers.
/// </summary>
/// <param name="Name">The convoy's name.</param>
/// <param name="Period">Time between departures (&gt; 0).</param>
/// <param name="Offset">Time of the first departure (≥ 0).</param>
/// <param name="TransitTime">Travel time (null: 0).</param>
/// <param name="Delay">Extra delay per departure (null: none).</param>
/// <param name="CancellationProbability">Probability that a departure is cancelled.</param>
/// <param name="CostPerDeparture">Cost of each convoy that leaves.</param>
public sealed record ConvoyDefinition(string Name, double Period, double Offset, IDistribution? TransitTime, IDistribution? Delay,
    double CancellationProbability, double CostPerDeparture);
