using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Output;
using SpareSim.Experiments.Studies;
using SpareSim.Experiments.Studies.Abidar;

namespace SpareSim.Experiments.Tests.Studies;

/// <summary>
/// The abidar-appendix-c study through its own code path into a temporary folder: 1,026 Appendix C
/// values reproduced with the paper-faithful engine, the files' columns, Table 5 within ±1 $, the
/// winner grid against spec §2.10, and bad input rejected before anything is written.
/// </summary>
public sealed class AbidarAppendixCStudyTests : IDisposable
{
    private static readonly string Published = Path.Combine(AppContext.BaseDirectory, "Studies", "abidar-appendix-c.csv");

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sparesim-tests", Guid.NewGuid().ToString("N"));

    public AbidarAppendixCStudyTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    /// <summary>Writes an experiment file for the study and returns its path.</summary>
    private string Json(string publishedValues, string output)
    {
        string path = Path.Combine(_folder, "experiment.json");
        string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
        File.WriteAllText(path, $$"""{ "study": "abidar-appendix-c", "output": {{Quote(output)}}, "publishedValues": {{Quote(publishedValues)}} }""");
        return path;
    }

    [Fact]
    public async Task Study_reproduces_every_appendix_c_value_and_writes_its_files()
    {
        string output = Path.Combine(_folder, "out");
        var options = AppendixCStudy.LoadOptions(Json(Published, output), []);
        int misses = await AppendixCStudy.RunAsync(options, "test", TextWriter.Null);
        Assert.Equal(0, misses);

        var (ebo, metadata) = await ParquetTable.ReadAsync(Path.Combine(output, "ebo.parquet"));
        Assert.Equal(1026, ebo.RowCount);
        Assert.Equal(["item", "scenario", "demand", "time_ratio", "am_probability", "stock", "ebo_paper", "ebo_computed", "matches"], ebo.ColumnNames);
        Assert.All((bool[])ebo.Column("matches"), Assert.True);
        Assert.Equal([162, 163, 164], ((int[])ebo.Column("item")).Distinct().Order());
        Assert.Equal(["B", "C", "D"], ((string[])ebo.Column("scenario")).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal([0, 1, 2, 3, 4, 5], ((int[])ebo.Column("stock")).Distinct().Order());
        var paper = (double[])ebo.Column("ebo_paper");
        var computed = (double[])ebo.Column("ebo_computed");
        for (int i = 0; i < paper.Length; i++)
        {
            Assert.Equal((decimal)paper[i], AppendixCStudy.RoundToPrinted(computed[i]));
            Assert.True(Math.Abs(computed[i] - paper[i]) <= 0.005 + 1e-12);
        }
        // Unrounded: most values carry more than 2 decimals.
        Assert.True(computed.Count(c => Math.Abs(c * 100 - Math.Round(c * 100)) > 1e-6) > 1000);
        Assert.Equal("abidar-appendix-c", metadata["sparesim_experiment"]);
        Assert.True(metadata.ContainsKey("sparesim_git_commit") && metadata.ContainsKey("published_values_sha256"));

        var (cost, _) = await ParquetTable.ReadAsync(Path.Combine(output, "cost.parquet"));
        Assert.Equal(["item", "scenario", "stock", "cost_paper", "cost_computed", "within_one_dollar"], cost.ColumnNames);
        Assert.Equal(54, cost.RowCount);
        Assert.All((bool[])cost.Column("within_one_dollar"), Assert.True);

        string report = await File.ReadAllTextAsync(Path.Combine(output, "report.md"));
        Assert.Contains("1026/1026 values reproduced", report, StringComparison.Ordinal);
        Assert.Contains("Agreement with spec §2.10: 486/486", report, StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(output, "ebo-vs-stock.png")).Length > 1000);
    }

    [Fact]
    public void Table5_costs_are_within_one_dollar_and_item_164_is_truncated()
    {
        var costs = AppendixCStudy.Costs();
        Assert.Equal(54, costs.Count);
        Assert.All(costs, c => Assert.True(c.WithinOneDollar, $"{c.Row.Item} {c.Row.Scenario} s={c.Stock}: {c.Paper} vs {c.Computed:F2}"));
        Assert.Equal(1327, costs[0].Paper);
        Assert.Equal(114986, costs.First(c => c.Row.Item == 163).Paper);
        Assert.All(costs.Where(c => c.Row.Item == 164), c => Assert.Equal(Math.Floor(c.Computed), c.Paper));
        Assert.All(costs.Where(c => c.Row.Item != 164), c => Assert.Equal(Math.Round(c.Computed, MidpointRounding.AwayFromZero), c.Paper));
    }

    [Fact]
    public void Winners_agree_with_spec_section_2_10_in_every_cell()
    {
        var winners = AppendixCStudy.Winners(AppendixCStudy.Compute(AppendixCPublished.Load(Published)));
        var spec = AbidarPaperTables.SpecWinners();
        Assert.Equal(81, winners.Count);
        Assert.Equal(81, spec.Count);
        foreach (var (key, cells) in winners) Assert.Equal(spec[key], cells);
    }

    [Fact]
    public void Tables_4_and_6_are_appendix_c_subsets_reproduced_by_the_engine()
    {
        foreach (var row in AbidarPaperTables.Table4.Concat(AbidarPaperTables.Table6))
            for (int s = 0; s < 6; s++)
                Assert.Equal(row.Ebo[s], AppendixCStudy.RoundToPrinted(AppendixCStudy.Evaluate(row.Item, row.Scenario, row.Demand, row.TimeRatio, row.AmProbability, s).Ebo));
    }

    [Fact]
    public async Task A_missing_published_values_file_fails_before_anything_is_written()
    {
        string output = Path.Combine(_folder, "out");
        string file = Json(Path.Combine(_folder, "no-such.csv"), output);
        var e = Assert.Throws<ArgumentException>(() => AppendixCStudy.LoadOptions(file, []));
        Assert.StartsWith("publishedValues:", e.Message, StringComparison.Ordinal);

        var study = Catalog.Studies().Find("abidar-appendix-c")!;
        var input = await Assert.ThrowsAsync<ExperimentInputException>(() => study.RunAsync(file, [], new StudyContext(null, 1, TextWriter.Null, CancellationToken.None)));
        Assert.Contains("publishedValues", input.Message, StringComparison.Ordinal);

        var options = new AppendixCOptions { Output = output, PublishedValues = Path.Combine(_folder, "no-such.csv") };
        await Assert.ThrowsAsync<ArgumentException>(() => AppendixCStudy.RunAsync(options, "test", TextWriter.Null));
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void An_incomplete_published_values_file_fails_naming_the_key()
    {
        string partial = Path.Combine(_folder, "partial.csv");
        File.WriteAllLines(partial, File.ReadAllLines(Published).Take(10));
        string output = Path.Combine(_folder, "out");
        var e = Assert.Throws<ArgumentException>(() => AppendixCStudy.LoadOptions(Json(partial, output), []));
        Assert.StartsWith("publishedValues:", e.Message, StringComparison.Ordinal);
        Assert.Contains("missing", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }
}
