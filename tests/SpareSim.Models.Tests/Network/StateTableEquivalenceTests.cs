using SpareSim.Core.Random;
using SpareSim.Models.Network.Controllers;
using SpareSim.Models.Network.Engine;

namespace SpareSim.Models.Tests.Network;

/// <summary>
/// A state-table controller read from a CSV file (written with <see cref="PolicyTable.WriteCsv"/>, and the
/// same table as Parquet, <see cref="PolicyTableParquet"/>)
/// over every state a small renewal base can reach) against the same rule written in C# and
/// registered through a custom <see cref="IControllerFactory"/>: under the same seeds every measure
/// is bit-identical.
/// </summary>
public sealed class StateTableEquivalenceTests : IDisposable
{
    private const int Systems = 3, Stock = 1;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sparesim-state-table-");

    private static string Model(string controller) => $$"""
        {
          "parts": [ { "name": "pump", "versions": [ { "name": "cm", "price": 10 }, { "name": "am", "price": 14 } ] } ],
          "sites": [ { "name": "depot" } ],
          "sources": [
            { "name": "cm-supplier", "kind": "supplier", "leadTime": { "family": "exponential", "mean": 2 } },
            { "name": "am-supplier", "kind": "supplier", "leadTime": { "family": "exponential", "mean": 0.5 } }
          ],
          "installedBases": [ { "name": "fleet", "site": "depot", "part": "pump", "systems": {{Systems}}, "failureMode": "renewal", "downtimeCost": 100,
                                "lifetime": { "cm": { "family": "exponential", "mean": 4 }, "am": { "family": "exponential", "mean": 2 } } } ],
          "stockPoints": [ { "site": "depot", "part": "pump", "stock": { "cm": {{Stock}} }, "holdingRate": 0.1, "controller": {{controller}} } ]
        }
        """;

    /// <summary>The rule: order AM when the shelf is empty and fewer than two AM units are on their way, else CM; hand out CM first.</summary>
    private static bool OrdersAm(int stockCm, int stockAm, int pipelineAm) => stockCm + stockAm == 0 && pipelineAm < 2;

    [Fact]
    public void CsvAndParquetTablesAndHandWrittenControllerGiveBitIdenticalMeasures()
    {
        // Every state (installed, pipeline, stock per version) with installed ≤ k, pipeline ≤ S + k and stock ≤ S in total: a superset of the reachable ones.
        var rows = new List<(int[], string, string)>();
        for (int ic = 0; ic <= Systems; ic++)
            for (int ia = 0; ic + ia <= Systems; ia++)
                for (int pc = 0; pc <= Stock + Systems; pc++)
                    for (int pa = 0; pc + pa <= Stock + Systems; pa++)
                        for (int sc = 0; sc <= Stock; sc++)
                            for (int sa = 0; sc + sa <= Stock; sa++)
                                rows.Add(([ic, ia, pc, pa, sc, sa], "cm", OrdersAm(sc, sa, pa) ? "am" : "cm"));
        string csv = Path.Combine(_folder.FullName, "policy.csv");
        var table = new PolicyTable(["cm", "am"], rows);
        table.WriteCsv(csv);
        PolicyTableParquet.Write(table, Path.Combine(_folder.FullName, "policy.parquet"));

        var fromCsv = NetworkRuns.Build(Model("""{ "kind": "state-table", "file": "policy.csv", "sources": { "cm": "cm-supplier", "am": "am-supplier" } }"""),
            directory: _folder.FullName);
        var fromParquet = NetworkRuns.Build(Model("""{ "kind": "state-table", "file": "policy.parquet", "sources": { "cm": "cm-supplier", "am": "am-supplier" } }"""),
            directory: _folder.FullName);
        var byHand = NetworkRuns.Build(Model("""{ "kind": "hand-written" }"""), new ControllerRegistry().Add(new HandWrittenFactory()));
        Assert.IsType<StateTableController>(fromCsv.Controllers[0]);
        Assert.Equal(["cm-supplier", "am-supplier"], byHand.SourceNames[0]);
        Assert.Equal(fromCsv.Measures, byHand.Measures);

        int amOrders = fromCsv.Measures.ToList().IndexOf("order_rate_depot_pump_am"), cmOrders = fromCsv.Measures.ToList().IndexOf("order_rate_depot_pump_cm");
        for (int r = 0; r < 3; r++)
        {
            var a = SupplyNetwork.Run(fromCsv, new RandomStreams(909, r), 20, 3_000);
            var b = SupplyNetwork.Run(byHand, new RandomStreams(909, r), 20, 3_000);
            Assert.Equal(a.Events, b.Events);
            Assert.Equal(a.Measures, b.Measures);
            Assert.Equal(a.Measures, SupplyNetwork.Run(fromParquet, new RandomStreams(909, r), 20, 3_000).Measures);
            // Both actions are taken often, so the comparison covers the table, not one constant row.
            Assert.True(a.Measures[amOrders] > 0.05 && a.Measures[cmOrders] > 0.05, $"order rates am {a.Measures[amOrders]}, cm {a.Measures[cmOrders]}");
        }
    }

    [Fact]
    public void BadParquetTablesAreNamed()
    {
        string path = Path.Combine(_folder.FullName, "bad.parquet");
        System.IO.File.WriteAllText(path, "not parquet");
        var e = Assert.Throws<FormatException>(() => PolicyTableParquet.Read(path, ["cm", "am"]));
        Assert.Contains("bad.parquet", e.Message);
        PolicyTableParquet.Write(new PolicyTable(["cm"], [([0, 0, 1], "cm", "cm")]), path);
        e = Assert.Throws<FormatException>(() => PolicyTableParquet.Read(path, ["cm", "am"]));
        Assert.Contains("no column 'installed_am'", e.Message);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private sealed class HandWrittenRule : IReplenishmentController
    {
        private static readonly ReplenishmentDecision Cm = new(Install: 0, Version: 0, Source: 0), Am = new(Install: 0, Version: 1, Source: 1);

        public ReplenishmentDecision Decide(IStockPointView view, DemandKind kind) => OrdersAm(view.OnHand(0), view.OnHand(1), view.Pipeline(1)) ? Am : Cm;
    }

    private sealed class HandWrittenFactory : IControllerFactory
    {
        public string Kind => "hand-written";

        public string Description => "the test's rule in C#";

        public IReplenishmentController Create(ControllerContext context) => new HandWrittenRule();
    }
}
