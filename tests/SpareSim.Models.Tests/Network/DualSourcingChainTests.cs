using System.Globalization;
using SpareSim.Models.Network.Controllers;

namespace SpareSim.Models.Tests.Network;

/// <summary>
/// Dual-sourcing controllers at a network stock point simulated against an independent exact
/// evaluation of their continuous-time Markov chain (<see cref="ExactDualSourcingChain"/>),
/// component by component: the dual-index rule at several thresholds and install preferences, and
/// a state-dependent table read from CSV. Non-optimal rules, so the check is not only of the optimum.
/// </summary>
public sealed class DualSourcingChainTests : IDisposable
{
    private const int K = 4;
    private const double LambdaC = 0.1, LambdaA = 0.25, MuC = 0.2, MuA = 1.5;
    private const double PriceCm = 10, PriceAm = 20, M = 5, Kappa = 0.25, B = 40, SavingAm = 1.5;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sparesim-chain-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string Model(int baseStock, string controller) => Inv($$"""
        {
          "parts": [ { "name": "part", "versions": [ { "name": "cm", "price": {{PriceCm}} }, { "name": "am", "price": {{PriceAm}} } ] } ],
          "sites": [ { "name": "base" } ],
          "sources": [
            { "name": "cm-supplier", "kind": "supplier", "leadTime": { "family": "exponential", "mean": {{1 / MuC:R}} } },
            { "name": "am-supplier", "kind": "supplier", "leadTime": { "family": "exponential", "mean": {{1 / MuA:R}} } }
          ],
          "installedBases": [ { "name": "fleet", "site": "base", "part": "part", "systems": {{K}}, "costPerFailure": {{M}}, "downtimeCost": {{B}},
            "savingPerInstalledUnit": { "am": {{SavingAm}} },
            "lifetime": { "cm": { "family": "exponential", "mean": {{1 / LambdaC:R}} }, "am": { "family": "exponential", "mean": {{1 / LambdaA:R}} } } } ],
          "stockPoints": [ { "site": "base", "part": "part", "stock": { "cm": {{baseStock}} }, "holdingRate": {{Kappa}}, "controller": {{controller}} } ]
        }
        """);

    [Theory]
    [InlineData(3, 0, "cm")]
    [InlineData(3, 1, "am")]
    [InlineData(2, -1, "cm")]
    public void Dual_index_rule_matches_its_exact_chain(int baseStock, int threshold, string install)
    {
        string controller = Inv($$"""{ "kind": "dual-index", "threshold": {{threshold}}, "fast": { "source": "am-supplier", "version": "am" }, "slow": { "source": "cm-supplier", "version": "cm" }, "install": "{{install}}" }""");
        // The rule as the exact chain sees it: AM when on hand − backorders + AM pipeline − 1 ≤ threshold, from the state just before the failure.
        ChainDecision Rule(ChainState s) => new(install == "am", s.Stock - (K - s.Installed) + s.PipelineAm - 1 <= threshold);
        AssertMatches(baseStock, NetworkRuns.Build(Model(baseStock, controller)), Rule);
    }

    [Fact]
    public void State_table_from_csv_matches_its_exact_chain()
    {
        // An arbitrary state-dependent table over every state the chain can reach: order AM when at
        // most one spare is on hand, install AM first when more than one CM unit is in resupply.
        const int baseStock = 3;
        static ChainDecision Rule(ChainState s) => new(s.PipelineCm > 1, s.Stock <= 1);
        var rows = AllStates(K, baseStock).Select(s =>
        {
            var d = Rule(s);
            return (new[] { s.InstalledCm, s.InstalledAm, s.PipelineCm, s.PipelineAm, s.StockCm, s.StockAm }, d.InstallAm ? "am" : "cm", d.OrderAm ? "am" : "cm");
        }).ToList();
        new PolicyTable(["cm", "am"], rows).WriteCsv(Path.Combine(_folder.FullName, "policy.csv"));
        var blueprint = NetworkRuns.Build(Model(baseStock, """{ "kind": "state-table", "file": "policy.csv", "sources": { "cm": "cm-supplier", "am": "am-supplier" } }"""),
            directory: _folder.FullName);
        AssertMatches(baseStock, blueprint, Rule);
    }

    private static void AssertMatches(int baseStock, SpareSim.Models.Network.Engine.NetworkBlueprint blueprint, Func<ChainState, ChainDecision> rule)
    {
        var exact = ExactDualSourcingChain.Solve(K, new ChainState(K, 0, 0, 0, baseStock, 0), LambdaC, LambdaA, MuC, MuA, PriceCm, PriceAm, M, Kappa, B, SavingAm, rule);
        var runs = NetworkRuns.Run(blueprint, seed: 7, count: 10, warmUp: 500, observedTime: 20_000);
        runs.AssertContains("cost_purchase", exact.Purchase);
        runs.AssertContains("cost_maintenance", exact.Maintenance);
        runs.AssertContains("cost_holding", exact.Holding);
        runs.AssertContains("cost_downtime", exact.Downtime);
        runs.AssertContains("saving_operational", exact.Savings);
        runs.AssertContains("fill_rate_base_part", exact.FillRate);
        runs.AssertContains("cost_total", exact.Total);
    }

    private static IEnumerable<ChainState> AllStates(int k, int s)
    {
        int n = k + s;
        for (int rC = 0; rC <= n; rC++)
        for (int rA = 0; rC + rA <= n; rA++)
        {
            int r = rC + rA;
            int installed = Math.Min(k, n - r), stock = Math.Max(s - r, 0);
            for (int nA = 0; nA <= installed; nA++)
            for (int sA = 0; sA <= stock; sA++)
                yield return new ChainState(installed - nA, nA, rC, rA, stock - sA, sA);
        }
    }
}
