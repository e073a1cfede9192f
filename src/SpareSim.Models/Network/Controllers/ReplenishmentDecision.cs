namespace SpareSim.Models.Network.Controllers;

/// <summary>A controller's answer to one demand.</summary>
/// <param name="Install">Version to hand out when it is on hand (otherwise another version on hand is used).</param>
/// <param name="Version">Version ordered to replace the unit demanded.</param>
/// <param name="Source">Index of the source ordered from, in the stock point's <see cref="IStockPointView.SourceNames"/>.</param>
/// <param name="Quantity">Units ordered now, as one order (1, the constructor's default: one for one; 0: no order, as <c>default</c> also gives; more: a batch, as (s, Q) orders).</param>
public readonly record struct ReplenishmentDecision(int Install, int Version, int Source, int Quantity = 1);
