using System.Text.Json.Nodes;
using SpareSim.Analytics.Fitting;
using SpareSim.Cli;
using SpareSim.Cli.Fit;
using SpareSim.Core.Distributions;
using SpareSim.Models.Network.File;

namespace SpareSim.Cli.Tests;

/// <summary><c>sparesim fit</c>: the emitted law parses back through the network model parser, and data problems exit 2 naming column and row.</summary>
public class FitCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sparesim-fit-tests", Guid.NewGuid().ToString("N"));

    public FitCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("exponential")]
    [InlineData("weibull")]
    [InlineData("lognormal")]
    [InlineData("gamma")]
    [InlineData("erlang")]
    public void EmittedLawParsesBackToTheFittedDistribution(string name)
    {
        var family = LifeFamilies.Find(name)!;
        double[] truth = name switch { "exponential" => [0.01], "weibull" => [1.8, 100], "lognormal" => [4, 0.6], "gamma" => [2.5, 0.05], _ => [3, 0.05] };
        var data = LifeDataSimulator.Draw(family, truth, 300, 0.002, new Random(3));
        var fit = MaximumLikelihood.Fit(family, data);
        var model = JsonNode.Parse(File.ReadAllText(RepositoryFiles.Path("models/example-network.json")))!;
        model["installedBases"]![0]!["lifetime"]!["cm"] = JsonNode.Parse(ModelFileLaw.Of(fit));
        var parsed = NetworkModelFile.Parse(model.ToJsonString(), "test", _folder).Definition.InstalledBases[0].Lifetimes[0];
        double[] p = fit.Parameters.ToArray();
        static void Near(double expected, double actual) => Assert.Equal(expected, actual, Math.Abs(expected) * 1e-9);
        switch (parsed)
        {
            case Exponential e: Near(p[0], 1 / e.Mean); break;
            case Weibull w: Near(p[0], w.Shape); Near(p[1], w.Scale); break;
            case LogNormal l: Near(p[0], l.Mu); Near(p[1], l.Sigma); break;
            case Gamma g when name == "gamma": Near(p[0], g.Shape); Near(p[1], g.Rate); break;
            case Erlang k: Assert.Equal((int)p[0], k.Phases); Near(p[1], k.PhaseRate); break;
            default: Assert.Fail($"{name} parsed as {parsed.Description}"); break;
        }
    }

    private (int Code, string Error) Run(string csv, params string[] args)
    {
        string path = Path.Combine(_folder, "d.csv");
        File.WriteAllText(path, csv);
        var stderr = new StringWriter();
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(new StringWriter());
        Console.SetError(stderr);
        try
        {
            return (CommandLine.Run(["fit", path, "--out", Path.Combine(_folder, "out"), "--bootstrap", "0", .. args]), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    [Theory]
    [InlineData("age,run\n", "column 'age'", "is empty")]
    [InlineData("age,run\n3,0\nabc,0\n", "column 'age', row 2 (line 3)", "'abc' is not a number")]
    [InlineData("age,run\n3,0\n-2,0\n", "column 'age', row 2 (line 3)", "negative")]
    [InlineData("age,run\n3,1\n4,1\n", "column 'run'", "all 2 rows are censored")]
    [InlineData("age,run\n5,0\n5,1\n5,0\n", "column 'age'", "single distinct value")]
    [InlineData("age,run\n3,0\n4,maybe\n", "column 'run', row 2 (line 3)", "not a censoring flag")]
    public void DataProblemsExitTwoNamingColumnAndRow(string csv, string where, string what)
    {
        var (code, error) = Run(csv, "--column", "age", "--censored", "run");
        Assert.Equal(2, code);
        Assert.Contains(where, error);
        Assert.Contains(what, error);
        Assert.DoesNotContain("   at ", error);
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")));
    }

    [Fact]
    public void AnAbsurdBootstrapExitsTwoBeforeReadingTheData()
    {
        // A billion replicates ran for ever (about 0.014 s each for 5,000 records and one family).
        var (code, error) = Run("age\n3\n4\n", "--column", "age", "--bootstrap", "100001");
        Assert.Equal(2, code);
        Assert.Contains("--bootstrap: at most 100,000 replicates (p-values to 1e-5), got 100,001", error);
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")));
    }

    [Fact]
    public void AMissingColumnIsNamedWithTheColumnsThereAre()
    {
        var (code, error) = Run("age,run\n3,0\n4,1\n", "--column", "life");
        Assert.Equal(2, code);
        Assert.Contains("column 'life' does not exist", error);
        Assert.Contains("age, run", error);
    }

    [Fact]
    public void AFitWritesTheReportTablesPlotsAndLaw()
    {
        var data = LifeDataSimulator.Draw(new WeibullFamily(), [1.8, 100], 80, 0.004, new Random(1));
        string csv = "age,run\n" + string.Concat(data.Observations.Select(o => FormattableString.Invariant($"{o.Time},{(o.Failed ? 0 : 1)}\n")));
        var (code, error) = Run(csv, "--column", "age", "--censored", "run", "--families", "exponential,weibull", "--intervals", "wald");
        Assert.True(code == 0, error);
        string output = Path.Combine(_folder, "out");
        foreach (var file in new[] { "report.md", "fits.parquet", "kaplan-meier.parquet", "law.json", "plot-cdf.png", "plot-pp.png", "plot-qq.png" })
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        Assert.Contains("\"family\": \"weibull\"", File.ReadAllText(Path.Combine(output, "law.json")));
    }
}
