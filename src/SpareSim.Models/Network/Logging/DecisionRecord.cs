namespace SpareSim.Models.Network.Logging;

/// <summary>
/// One row of a decision log: a controller's decision at a stock point (the state it saw, the
/// action it took, why it was asked) or a disruption's start or end.
/// </summary>
/// <param name="Time">Model time.</param>
/// <param name="Event">"decision", "disruption-start" or "disruption-end".</param>
/// <param name="Site">The stock point's site (empty for a disruption).</param>
/// <param name="Part">The stock point's part (empty for a disruption).</param>
/// <param name="Controller">The controller kind, or the disruption's name.</param>
/// <param name="State">What the controller saw, e.g. "on_hand cm=1 am=0; pipeline cm=2 am=0; backorders 0; failed cm".</param>
/// <param name="Action">What it did, e.g. "install cm; order am from am-printer", or the disruption's kind and target.</param>
/// <param name="Reason">Why: failure, child-order, stock-loss, emergency (no spare: emergency shipment), or the disruption's kind.</param>
public sealed record DecisionRecord(double Time, string Event, string Site, string Part, string Controller, string State, string Action, string Reason);
