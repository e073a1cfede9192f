using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Output;
using SpareSim.Experiments.Studies;
using SpareSim.Experiments.Studies.LeadTimeInsensitivity;
using SpareSim.Experiments.Studies.LifeCycleCost;

namespace SpareSim.Experiments.Tests.Studies;

/// <summary>
/// A reduced experiments/lcc-des-validation.json through the study's own code: life cycles of Table
/// 2.3 through the supply-network model with the emergency shortage rule. The simulated emergency
/// fraction, life-cycle cost and paired K_1 lie within 4.5 standard errors of Erlang B, C^x(S) and the
/// analytic K_1 = 6,484 (REPRO); a bad key stops the run with exit code 2.
/// </summary>
public sealed class DesValidationStudyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sparesim-lccdes-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private static string ModelFile => RepositoryFiles.Path("models/lcc-table23.json");

    [Fact]
    public async Task Reduced_validation_matches_the_analytics()
    {
        var options = new DesValidationOptions
        {
            Output = _folder, ModelFile = ModelFile, MasterSeed = 7, LossReplications = 60, CostReplications = 60, WearOutReplications = 4,
            LossStocks = [25], SweepHalfWidth = 1, Lifetimes = [new LawOptions { Family = "weibull", Cv = 0.3634 }], WearOutStocks = [35],
            LeadTimes = [new LawOptions { Family = "deterministic", Cv = 0 }, new LawOptions { Family = "uniform", Cv = 0.5 }],
        };
        Assert.Equal(0, await DesValidationStudy.RunAsync(options, "test", TextWriter.Null));
        var (table, _) = await ParquetTable.ReadAsync(Path.Combine(_folder, "summary.parquet"));
        var check = (string[])table.Column("check");
        var stock = (int[])table.Column("base_stock");
        var analytic = (double[])table.Column("analytic");
        var mean = (double[])table.Column("sim_mean");
        var low = (double[])table.Column("ci_low");
        var high = (double[])table.Column("ci_high");
        int k1 = Array.IndexOf(check, "k1");
        Assert.Equal(6484.0, analytic[k1], 0.1);
        for (int i = 0; i < check.Length; i++)
        {
            if (check[i] is not ("emergency_fraction" or "cost" or "k1")) continue;
            if (check[i] == "emergency_fraction" && stock[i] == 49) continue; // ~0.6 emergencies per life cycle: too few here for a 4.5 SE check
            double se = (high[i] - low[i]) / 2 / 1.96;
            Assert.True(Math.Abs(mean[i] - analytic[i]) <= 4.5 * se, $"{check[i]} S = {stock[i]}: {mean[i]} vs {analytic[i]} (SE {se})");
        }
        Assert.True(File.Exists(Path.Combine(_folder, "report.md")));
    }

    [Theory]
    [InlineData("\"lossReplications\": 1", "lossReplications")]
    [InlineData("\"modelFile\": \"missing.json\"", "modelFile")]
    [InlineData("\"leadTimes\": [ { \"family\": \"uniform\", \"cv\": 0.9 } ]", "uniform")]
    [InlineData("\"mtbf\": -1", "mtbf")]
    public async Task Bad_input_stops_before_anything_runs(string entry, string key)
    {
        Directory.CreateDirectory(_folder);
        string file = Path.Combine(_folder, "bad.json");
        string model = ModelFile.Replace("\\", "/", StringComparison.Ordinal);
        string body = entry.StartsWith("\"modelFile\"", StringComparison.Ordinal) ? entry : $"\"modelFile\": \"{model}\", {entry}";
        await File.WriteAllTextAsync(file, $"{{ \"study\": \"lcc-des-validation\", \"output\": \"{Path.Combine(_folder, "out").Replace("\\", "/", StringComparison.Ordinal)}\", {body} }}");
        var study = Catalog.Studies().Find("lcc-des-validation")!;
        var e = await Assert.ThrowsAsync<ExperimentInputException>(() => study.RunAsync(file, [], new StudyContext(null, 1, TextWriter.Null, default)));
        Assert.Contains(key, e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")));
    }
}
