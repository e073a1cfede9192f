using SpareSim.Analytics.MultiEchelon;
using SpareSim.Experiments.Output;
using SpareSim.Experiments.Studies.MultiEchelon;

namespace SpareSim.Experiments.Tests.Studies;

/// <summary>
/// Reduced versions of experiments/multi-echelon-validation.json and experiments/abidar-claims.json
/// through the studies' own code: the Palm-exact CMC requests are covered, METRIC's understatement at
/// a busy RMC shows and VARI-METRIC is closer; the claims' analytic parts match the spec.
/// </summary>
public sealed class MultiEchelonStudiesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sparesim-me-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ValidationStudyWritesSitesAndShowsMetricBias()
    {
        var options = new MultiEchelonValidationOptions
        {
            Output = _folder, Items = [164], Scenarios = ["B"], Demands = [150], Stocks = ["pipeline-mean"],
            Replications = 8, FailuresPerReplication = 150_000, MasterSeed = 5,
        };
        await MultiEchelonValidationStudy.RunAsync(options, "test", new SpareSim.Experiments.Studies.StudyContext(null, 2, TextWriter.Null, CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(_folder, "simulation", "replications.parquet")), "the replications run through the experiment runner");
        var (table, metadata) = await ParquetTable.ReadAsync(Path.Combine(_folder, "sites.parquet"));
        Assert.Equal(MultiEchelonValidationStudy.Columns, table.ColumnNames);
        Assert.Equal(5, table.RowCount); // CMC customers, CMC requests, RMC1, RMC2, system
        Assert.Equal("5", metadata["sparesim_master_seed"]);
        var level = (string[])table.Column("level");
        var low = (double[])table.Column("sim_ci_low");
        var high = (double[])table.Column("sim_ci_high");
        var sim = (double[])table.Column("sim_backorders");
        var metric = (double[])table.Column("metric_backorders");
        var vari = (double[])table.Column("vari_metric_backorders");
        // Palm: the CMC's outstanding requests are exact. 8 replications: widen the 95% interval to 4.5 SE.
        int requests = Array.IndexOf(level, "central-requests");
        double se = (high[requests] - low[requests]) / 2 / 2.365;
        Assert.True(Math.Abs(sim[requests] - metric[requests]) < 4.5 * se, $"CMC requests {sim[requests]:F4} vs exact {metric[requests]:F4}");
        // RMC1 (120 of 285 CMC requests a year): METRIC low by more than the noise, VARI-METRIC closer.
        int rmc1 = Array.IndexOf(level, "regional");
        double seR = (high[rmc1] - low[rmc1]) / 2 / 2.365;
        // On the network engine (other streams than the retired echelon simulation) the gap is 3.4 SE with this seed.
        Assert.True(sim[rmc1] - metric[rmc1] > 3 * seR, $"RMC1 {sim[rmc1]:F4} ± {seR:F4}, METRIC {metric[rmc1]:F4}");
        Assert.True(Math.Abs(vari[rmc1] - sim[rmc1]) < Math.Abs(metric[rmc1] - sim[rmc1]));
        Assert.True(File.Exists(Path.Combine(_folder, "report.md")));
        Assert.True(File.Exists(Path.Combine(_folder, "relative-error.png")));
    }

    [Fact]
    public void ValidationOptionsRejectBadInputNamingTheKey()
    {
        Assert.StartsWith("stocks:", Assert.Throws<ArgumentException>(() => new MultiEchelonValidationOptions { Stocks = ["1,2"] }.Validate()).Message);
        Assert.StartsWith("items:", Assert.Throws<ArgumentException>(() => new MultiEchelonValidationOptions { Items = [165] }.Validate()).Message);
        Assert.StartsWith("networks:", Assert.Throws<ArgumentException>(() => new MultiEchelonValidationOptions { Networks = ["missing.json"] }.Validate()).Message);
        Assert.StartsWith("repairFamily", Assert.Throws<ArgumentException>(() => new MultiEchelonValidationOptions { RepairCv = 0.5 }.Validate()).Message);
    }

    [Fact]
    public void ListsInTheFileReplaceTheDefaultsInsteadOfExtendingThem()
    {
        // The configuration binder appends a bound list to a property's initial items; the loader must not.
        Directory.CreateDirectory(_folder);
        string file = Path.Combine(_folder, "validation.json");
        File.WriteAllText(file, """{ "study": "multi-echelon-validation", "demands": [75], "scenarios": ["D"] }""");
        var options = MultiEchelonValidationStudy.LoadOptions(file, ["--stocks:0=1,1,1"]);
        Assert.Equal([75.0], options.Demands);
        Assert.Equal(["D"], options.Scenarios);
        Assert.Equal(["1,1,1"], options.Stocks);
        Assert.Equal([162, 163, 164], options.Items);
    }

    [Fact]
    public void PipelineMeanStocksAreTheFloorsOfTheMetricMeans()
    {
        var network = AbidarNetworks.Build(AbidarItem.Item164, AbidarScenario.Baseline, 150, 1, 0);
        var stocks = MultiEchelonValidationStudy.PipelineMeanStocks(network);
        Assert.Equal(27, stocks[0]); // μ0 = 0.09589 · 285 = 27.33
        var r = EchelonMetric.Evaluate(network, stocks);
        Assert.Equal((int)Math.Floor(r.Regions[0].PipelineMean), stocks[1]);
        Assert.Equal((int)Math.Floor(r.Regions[1].PipelineMean), stocks[2]);
    }

    [Theory]
    [InlineData(162, 10, 1, 0.716)]
    [InlineData(163, 75, 5, 0.720)]
    [InlineData(164, 150, 10, 0.757)]
    public void PaperFaithfulCrossoverMatchesTheSpecTable(int item, double m, int s, double expected) =>
        Assert.Equal(expected, AbidarClaimsStudy.PhiStar(AbidarItem.ByCode(item), m, s), 1e-9);

    [Fact]
    public void WinnersKeepTies()
    {
        Assert.Equal("BCD", AbidarClaimsStudy.Winner(1, 1, 1, 1e-9));
        Assert.Equal("CD", AbidarClaimsStudy.Winner(2, 1, 1, 1e-9));
        Assert.Equal("B", AbidarClaimsStudy.Winner(0.5, 1, 1, 1e-9));
        // Paired replications: D clearly below, B and C indistinguishable.
        double[] b = [1.0, 1.1, 0.9, 1.05], c = [1.01, 1.08, 0.92, 1.04], d = [0.5, 0.6, 0.4, 0.55];
        Assert.Equal("D", AbidarClaimsStudy.SimulatedWinner([b, c, d]));
        Assert.Equal("BC", AbidarClaimsStudy.SimulatedWinner([b, c, [2, 2, 2, 2.1]]));
    }

    [Fact]
    public async Task ClaimsStudySeesTheThresholdOnlyWithSplitPools()
    {
        var options = new AbidarClaimsOptions
        {
            Output = _folder, Demands = [10], AmProbabilities = [0.9], MaxStock = 2, SimulatedDemands = [10], SimulatedStocks = [1],
            SweepStocks = [1], SweepAmProbabilities = [0.2, 0.9], Replications = 6, FailuresPerReplication = 60_000, MasterSeed = 3,
        };
        await AbidarClaimsStudy.RunAsync(options, "test", new SpareSim.Experiments.Studies.StudyContext(null, 2, TextWriter.Null, CancellationToken.None));
        var (sweep, _) = await ParquetTable.ReadAsync(Path.Combine(_folder, "split-pool-sweep.parquet"));
        var mode = (string[])sweep.Column("stock_mode");
        var phi = (double[])sweep.Column("am_probability");
        var low = (double[])sweep.Column("d_minus_c_low");
        var high = (double[])sweep.Column("d_minus_c_high");
        int Row(string m, double p) => Enumerable.Range(0, mode.Length).Single(i => mode[i] == m && phi[i] == p);
        // Split pools: centralized better at φ = 0.2, decentralized at φ = 0.9 (both significant).
        Assert.True(low[Row("split-pools", 0.2)] > 0);
        Assert.True(high[Row("split-pools", 0.9)] < 0);
        // One pool: the mean gap at φ = 0.9 is an order of magnitude smaller than with split pools
        // (in law it is zero; the reduced run's noise is about 0.003 against a split-pool gap near 0.1).
        var gap = (double[])sweep.Column("d_minus_c");
        int single = Row("single-pool", 0.9), split = Row("split-pools", 0.9);
        Assert.True(Math.Abs(gap[single]) < 0.1 * Math.Abs(gap[split]), $"single {gap[single]:F4}, split {gap[split]:F4}");
        var (winners, _) = await ParquetTable.ReadAsync(Path.Combine(_folder, "analytic-winners.parquet"));
        var method = (string[])winners.Column("method");
        var rt = (double[])winners.Column("time_ratio");
        var winner = (string[])winners.Column("winner");
        // Physical METRIC at AM = CP: the three scenarios tie everywhere.
        Assert.All(Enumerable.Range(0, method.Length).Where(i => method[i] == "metric" && rt[i] == 1), i => Assert.Equal("BCD", winner[i]));
        Assert.Contains("| AM slower (rt = 2)", File.ReadAllText(Path.Combine(_folder, "report.md")));
    }
}

public sealed class EchelonAllocationStudyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sparesim-alloc-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task CurveOfTheFourRegionNetworkIsSimulatedWithinItsInterval()
    {
        var options = new EchelonAllocationOptions
        {
            Output = _folder, Network = Path.Combine(AppContext.BaseDirectory, "Studies", "echelon-four-regions.json"), MaxUnits = 10, SimulateEvery = 10,
            Replications = 8, FailuresPerReplication = 80_000, Budget = 60_000,
        };
        await EchelonAllocationStudy.RunAsync(options, "test", new SpareSim.Experiments.Studies.StudyContext(null, 2, TextWriter.Null, CancellationToken.None));
        var (curve, _) = await ParquetTable.ReadAsync(Path.Combine(_folder, "curve.parquet"));
        Assert.Equal(11, curve.RowCount);
        Assert.Contains("stock_depot", curve.ColumnNames);
        Assert.Contains("stock_west", curve.ColumnNames);
        var units = (int[])curve.Column("units");
        var vari = (double[])curve.Column("vari_metric_backorders");
        var sim = (double[])curve.Column("sim_backorders");
        var low = (double[])curve.Column("sim_ci_low");
        var high = (double[])curve.Column("sim_ci_high");
        Assert.Equal(Enumerable.Range(0, 11), units);
        // At 10 units VARI-METRIC lies within 4.5 SE of the simulation (8 replications: t = 2.365).
        double se = (high[10] - low[10]) / 2 / 2.365;
        Assert.True(Math.Abs(sim[10] - vari[10]) < 4.5 * se, $"sim {sim[10]:F4} ± {se:F4}, VARI-METRIC {vari[10]:F4}");
        Assert.Contains("- Budget 60,000: 5 units", File.ReadAllText(Path.Combine(_folder, "report.md")));
        Assert.StartsWith("method:", Assert.Throws<ArgumentException>(() => new EchelonAllocationOptions { Network = options.Network, Method = "exact" }.Validate()).Message);
        Assert.StartsWith("availabilityTarget:", Assert.Throws<ArgumentException>(() => new EchelonAllocationOptions { Network = options.Network, AvailabilityTarget = 0.9 }.Validate()).Message);
    }
}
