namespace SpareSim.Models.Network.Controllers;

/// <summary>
/// The decision logic of a stock point, asked at every demand (a failure at the site, or an order
/// from a child site) in the state just before the demand: which version to hand out when several
/// are on hand, and which version to order from which source (one for one). Implement it to plug
/// in a policy of your own and register a factory in a <see cref="ControllerRegistry"/>.
/// One instance serves every replication of a scenario, possibly on several threads at once: keep
/// no mutable state in it; draw random numbers from <see cref="IStockPointView.DecisionStream"/>.
/// </summary>
public interface IReplenishmentController
{
    /// <summary>The decision for a demand of <paramref name="kind"/> in the state <paramref name="view"/> shows.</summary>
    ReplenishmentDecision Decide(IStockPointView view, DemandKind kind);
}
