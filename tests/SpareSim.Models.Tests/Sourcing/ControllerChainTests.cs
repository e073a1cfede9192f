using SpareSim.Core.Distributions;
using SpareSim.Models.Controllers;
using SpareSim.Models.InstalledBases;
using SpareSim.Models.Sourcing;

namespace SpareSim.Models.Tests.Sourcing;

/// <summary>
/// Dual-sourcing controllers simulated against an independent exact evaluation of their
/// continuous-time Markov chain (<see cref="ExactChain"/>), component by component.
/// </summary>
public sealed class ControllerChainTests
{
    private const int K = 4;
    private const double LambdaC = 0.1, LambdaA = 0.25, MuC = 0.2, MuA = 1.5;
    private const double PriceCm = 10, PriceAm = 20, M = 5, Kappa = 0.25, B = 40, SavingAm = 1.5;

    [Theory]
    [InlineData(3, 0, PartVersion.Cm)]
    [InlineData(3, 1, PartVersion.Am)]
    [InlineData(2, -1, PartVersion.Cm)]
    public void Dual_index_rule_matches_its_exact_chain(int baseStock, int threshold, PartVersion installPreference)
    {
        var controller = new DualIndexController(K, threshold, installPreference);
        AssertMatches(baseStock, controller);
    }

    [Fact]
    public void Policy_table_matches_its_exact_chain()
    {
        // An arbitrary but state-dependent table: order AM when at most one spare is on hand or a
        // system is down, install AM first when more than one CM unit is in resupply. It is built
        // over every state the chain can reach, which the exact chain enumerates.
        const int baseStock = 3;
        var rule = new FunctionController(s => new FailureDecision(
            s.PipelineCm > 1 ? PartVersion.Am : PartVersion.Cm,
            s.Stock <= 1 ? PartVersion.Am : PartVersion.Cm));
        var reachable = AllStates(K, baseStock);
        var table = new PolicyTableController(reachable.Select(s => KeyValuePair.Create(s, rule.OnFailure(s, PartVersion.Cm))));
        AssertMatches(baseStock, table);
    }

    [Fact]
    public void Policy_table_names_a_missing_state()
    {
        var table = new PolicyTableController([KeyValuePair.Create(new InventoryState(1, 0, 0, 0, 1, 0), new FailureDecision(PartVersion.Cm, PartVersion.Cm))]);
        var e = Assert.Throws<KeyNotFoundException>(() => table.OnFailure(new InventoryState(0, 1, 0, 0, 1, 0), PartVersion.Am));
        Assert.Contains("nC=0, nA=1", e.Message);
    }

    private static void AssertMatches(int baseStock, ISourcingController controller)
    {
        var initial = new InventoryState(K, 0, 0, 0, baseStock, 0);
        var exact = ExactChain.Solve(K, initial, LambdaC, LambdaA, MuC, MuA, PriceCm, PriceAm, M, Kappa, B, SavingAm, controller);
        var configuration = new SourcingSystemConfiguration(K, Exponential.FromRate(LambdaC), Exponential.FromRate(LambdaA),
            Exponential.FromRate(MuC), Exponential.FromRate(MuA),
            new SourcingCosts(PriceCm, PriceAm, M, Kappa, B, operationalSavingAm: SavingAm),
            initialInstalledAm: 0, initialStockCm: baseStock, initialStockAm: 0);
        var runs = Replications.Run(configuration, controller, seed: 7, count: 10, warmup: 500, observedTime: 20_000);
        runs.AssertClose("purchase", x => x.PurchaseCost, exact.Purchase);
        runs.AssertClose("maintenance", x => x.MaintenanceCost, exact.Maintenance);
        runs.AssertClose("holding", x => x.HoldingCost, exact.Holding);
        runs.AssertClose("backorder", x => x.BackorderCost, exact.Backorder);
        runs.AssertClose("savings", x => x.OperationalSavings, exact.Savings);
        runs.AssertClose("fill rate", x => x.FillRate, exact.FillRate);
        runs.AssertClose("total", x => x.TotalCost, exact.Total);
    }

    private static IEnumerable<InventoryState> AllStates(int k, int s)
    {
        int n = k + s;
        for (int rC = 0; rC <= n; rC++)
        for (int rA = 0; rC + rA <= n; rA++)
        {
            int r = rC + rA;
            int installed = Math.Min(k, n - r), stock = Math.Max(s - r, 0);
            for (int nA = 0; nA <= installed; nA++)
            for (int sA = 0; sA <= stock; sA++)
                yield return new InventoryState(installed - nA, nA, rC, rA, stock - sA, sA);
        }
    }

    private sealed class FunctionController(Func<InventoryState, FailureDecision> rule) : ISourcingController
    {
        public FailureDecision OnFailure(in InventoryState state, PartVersion failedVersion) => rule(state);
    }
}
