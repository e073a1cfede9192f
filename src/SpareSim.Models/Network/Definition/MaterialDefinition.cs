using SpareSim.Core.Distributions;

namespace SpareSim.Models.Network.Definition;

/// <summary>
/// Raw material of a printer pool, held in a container: each print attempt takes
/// <see cref="PerPrint"/>; what is taken is reordered at once and arrives after
/// <see cref="ResupplyTime"/>, or, when <see cref="Convoy"/> is set, the convoy tops the container up
/// to <see cref="Capacity"/> at each arrival at the printer's site.
/// </summary>
/// <param name="PerPrint">Material per print attempt (&gt; 0).</param>
/// <param name="Capacity">Container capacity and initial level (≥ <paramref name="PerPrint"/>).</param>
/// <param name="ResupplyTime">Resupply time of consumed material (null when resupplied by convoy).</param>
/// <param name="Convoy">Index of the convoy that tops the container up, or −1.</param>
public sealed record MaterialDefinition(double PerPrint, double Capacity, IDistribution? ResupplyTime, int Convoy);
