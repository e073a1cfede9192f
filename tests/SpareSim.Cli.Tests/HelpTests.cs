using SpareSim.Experiments;
using SpareSim.Experiments.Output;

namespace SpareSim.Cli.Tests;

/// <summary>
/// What the command says about itself: --version, --help, run --help, models, studies, and compare.
/// The lists are checked against the catalog and the options' own defaults, not against a copy.
/// </summary>
public class HelpTests
{
    [Fact]
    public void Version_prints_the_engine_version_and_the_build_commit()
    {
        var (code, stdout, _) = ConsoleCapture.Run("--version");
        Assert.Equal(0, code);
        Assert.StartsWith($"sparesim {Provenance.EngineVersion} (engine {Provenance.EngineVersion}, commit ", stdout);
        Assert.Matches(@"commit ([0-9a-f]{40}|unknown);", stdout);
    }

    [Fact]
    public void Help_lists_every_command_and_exits_0()
    {
        var (code, stdout, _) = ConsoleCapture.Run("--help");
        Assert.Equal(0, code);
        foreach (string verb in new[] { "bench", "compare", "merge", "models", "run", "studies", "--version" })
            Assert.Contains($"  {verb} ", stdout);
    }

    [Fact]
    public void Run_help_lists_the_experiment_keys_every_model_and_every_study()
    {
        var (code, stdout, _) = ConsoleCapture.Run("run", "--help");
        Assert.Equal(0, code);
        foreach (string key in new[] { "Replications", "RunLength", "WarmUp", "MasterSeed", "Grid", "Baseline", "--shard i/n", "--out DIR" })
            Assert.Contains(key, stdout);
        foreach (string model in Catalog.Models().Names) Assert.Contains($"  {model} ", stdout);
        foreach (string study in Catalog.Studies().Names) Assert.Contains($"  {study}", stdout);
    }

    [Fact]
    public void Models_lists_each_parameter_with_its_default_and_the_measures()
    {
        var (code, stdout, _) = ConsoleCapture.Run("models");
        Assert.Equal(0, code);
        var model = Catalog.Models().Find("installed-base")!;
        foreach (var p in model.Parameters)
            Assert.Contains($"      {p.Name,-24} {p.Description} [", stdout);
        Assert.Contains("measures: " + string.Join(", ", model.Measures), stdout);
    }

    [Fact]
    public void Models_and_studies_show_one_by_name_and_refuse_an_unknown_name()
    {
        var one = ConsoleCapture.Run("models", "mmc-queue");
        Assert.Equal(0, one.Code);
        Assert.Contains("  mmc-queue ", one.Out);
        Assert.DoesNotContain("  installed-base ", one.Out);
        var unknown = ConsoleCapture.Run("models", "no-such-model");
        Assert.Equal(2, unknown.Code);
        Assert.Contains("no model named 'no-such-model' (the models: " + string.Join(", ", Catalog.Models().Names) + ")", unknown.Error);
        var study = ConsoleCapture.Run("studies", "dual-sourcing-validation");
        Assert.Equal(0, study.Code);
        Assert.Contains("  dual-sourcing-validation", study.Out);
        Assert.Single(Catalog.Studies().Names, name => study.Out.Contains($"  {name}"));
        Assert.Equal(2, ConsoleCapture.Run("studies", "nope").Code);
        Assert.Equal(2, ConsoleCapture.Run("studies", "--x").Code);
        Assert.Equal(2, ConsoleCapture.Run("models", "a", "b").Code);
    }

    [Fact]
    public void Studies_lists_the_options_with_the_defaults_of_the_options_type()
    {
        var (code, stdout, _) = ConsoleCapture.Run("studies");
        Assert.Equal(0, code);
        var defaults = new SpareSim.Experiments.Studies.DualSourcingValidation.DualSourcingValidationOptions();
        Assert.Contains($"      {"instances",-24} default {defaults.Instances}", stdout);
        Assert.Contains($"      {"runLength",-24} default {defaults.RunLength}", stdout);
        Assert.Contains("dual-sourcing-validation   (--shard i/n", stdout);
    }

    [Fact]
    public async Task Compare_tells_same_data_from_different_data_and_ignores_metadata()
    {
        string folder = Path.Combine(Path.GetTempPath(), "sparesim-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string a = Path.Combine(folder, "a.parquet"), b = Path.Combine(folder, "b.parquet"), c = Path.Combine(folder, "c.parquet");
            await new ParquetTable().Add("k", [1, 2]).Add("x", [0.5, double.NaN]).WriteAsync(a, new Dictionary<string, string> { ["options"] = "one" });
            await new ParquetTable().Add("k", [1, 2]).Add("x", [0.5, double.NaN]).WriteAsync(b, new Dictionary<string, string> { ["options"] = "two" });
            await new ParquetTable().Add("k", [1, 2]).Add("x", [0.5, 0.25]).WriteAsync(c, new Dictionary<string, string>());
            var same = ConsoleCapture.Run("compare", a, b);
            Assert.Equal((0, "same data: 2 rows x 2 columns (metadata differs in: options)"), (same.Code, same.Out.Trim()));
            var different = ConsoleCapture.Run("compare", a, c);
            Assert.Equal(1, different.Code);
            Assert.Contains("column x, row 1: NaN vs 0.25", different.Out);
            Assert.Equal(2, ConsoleCapture.Run("compare", a, Path.Combine(folder, "missing.parquet")).Code);
            var folderGiven = ConsoleCapture.Run("compare", folder, a);
            Assert.Equal(2, folderGiven.Code);
            Assert.Contains("is a folder, not a Parquet file", folderGiven.Error);

            // Optional columns: null equals null, null is not NaN, an optional column is not a required one.
            string d = Path.Combine(folder, "d.parquet"), e = Path.Combine(folder, "e.parquet"), g = Path.Combine(folder, "g.parquet");
            await new ParquetTable().Add("k", [1, 2]).Add("x", [0.5, null]).WriteAsync(d, new Dictionary<string, string>());
            await new ParquetTable().Add("k", [1, 2]).AddOptional("x", [0.5, double.NaN]).WriteAsync(e, new Dictionary<string, string>());
            await new ParquetTable().Add("k", [1, 2]).Add("x", [0.5, 0.25]).WriteAsync(g, new Dictionary<string, string>());
            Assert.Equal(0, ConsoleCapture.Run("compare", d, e).Code);
            var typeDifference = ConsoleCapture.Run("compare", a, d);
            Assert.Equal(1, typeDifference.Code);
            Assert.StartsWith("different: column x: double vs double (optional)", typeDifference.Out);
            string f = Path.Combine(folder, "f.parquet");
            await new ParquetTable().Add("k", [1, 2]).Add("x", [0.5, (double?)0.25]).WriteAsync(f, new Dictionary<string, string>());
            Assert.Contains("column x, row 1: null vs 0.25", ConsoleCapture.Run("compare", d, f).Out);
            Assert.Equal(1, ConsoleCapture.Run("compare", d, g).Code);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
