using SpareSim.Cli;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace SpareSim.Cli.Tests;

/// <summary>
/// The command line end to end, in process: exit codes, the messages a user sees, and that bad
/// input writes nothing. Console streams are redirected, so these tests run one at a time.
/// </summary>
public class CliTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sparesim-cli-tests", Guid.NewGuid().ToString("N"));

    public CliTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Out, string Error) Run(params string[] args) => ConsoleCapture.Run(args);

    private string Experiment(string json)
    {
        string path = Path.Combine(_folder, "e.json");
        File.WriteAllText(path, json);
        return path;
    }

    private const string Queue = """
        { "Name": "cli", "Model": "mmc-queue", "Replications": 3, "RunLength": 200, "WarmUp": 20,
          "Scenarios": [ { "name": "a", "arrival_rate": 0.4 }, { "name": "b", "arrival_rate": 0.6 } ] }
        """;

    [Fact]
    public void Run_writes_the_result_set_and_exits_0()
    {
        string output = Path.Combine(_folder, "out");
        var (code, stdout, _) = Run("run", Experiment(Queue), "--out", output, "--threads", "2");
        Assert.Equal(0, code);
        Assert.Contains("2 scenarios x 3 replications of 'mmc-queue'", stdout);
        foreach (var f in new[] { "replications.parquet", "summary.parquet", "report.md", "experiment.json" })
            Assert.True(File.Exists(Path.Combine(output, f)), f);
    }

    [Theory]
    [InlineData("--shard=3/2", "--shard: needs 1 <= i <= n, got 3/2")]
    [InlineData("--threads=0", "--threads: must be a whole number >= 1")]
    [InlineData("--Replications=1", "Replications: must be an integer >= 2")]
    [InlineData("--Scenarios:0:arrival_rate=-1", "Scenarios:0:arrival_rate: arrival_rate must be > 0")]
    [InlineData("--WarmUp=500", "WarmUp: the warm-up (500) must be shorter than the run length (200)")]
    [InlineData("--Modle=x", "Modle: unknown key")]
    [InlineData("--seed=abc", "--seed: must be a non-negative integer")]
    public void Bad_input_exits_2_names_the_key_and_writes_nothing(string option, string message)
    {
        string output = Path.Combine(_folder, "never");
        var (code, _, stderr) = Run("run", Experiment(Queue), "--out", output, option);
        Assert.Equal(2, code);
        Assert.Contains(message, stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_missing_experiment_file_exits_2()
    {
        var (code, _, stderr) = Run("run", Path.Combine(_folder, "missing.json"));
        Assert.Equal(2, code);
        Assert.Contains("does not exist", stderr);
    }

    [Fact]
    public void Unknown_command_exits_2_with_usage()
    {
        var (code, _, stderr) = Run("fly");
        Assert.Equal(2, code);
        Assert.Contains("unknown command 'fly'", stderr);
        Assert.Contains("run", stderr);
    }

    [Fact]
    public void Shards_merge_into_the_unsharded_files()
    {
        string file = Experiment(Queue);
        string whole = Path.Combine(_folder, "whole");
        Assert.Equal(0, Run("run", file, "--out", whole).Code);
        var shards = new[] { "1/2", "2/2" }.Select(s =>
        {
            string dir = Path.Combine(_folder, "s" + s[0]);
            Assert.Equal(0, Run("run", file, "--shard", s, "--out", dir).Code);
            return dir;
        }).ToArray();
        string merged = Path.Combine(_folder, "merged");
        var (code, stdout, _) = Run(["merge", .. shards, "--out", merged]);
        Assert.Equal(0, code);
        Assert.Contains("merged 2 shards", stdout);
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "summary.parquet")), File.ReadAllBytes(Path.Combine(merged, "summary.parquet")));
    }

    [Fact]
    public void An_output_folder_holding_the_input_is_refused_with_exit_2_and_the_input_is_kept()
    {
        string file = Path.Combine(_folder, "experiment.json");
        File.WriteAllText(file, Queue);
        var (code, _, stderr) = Run("run", file, "--out", _folder, "--force");
        Assert.Equal(2, code);
        Assert.Contains($"--out: the run would overwrite its input '{file}'", stderr);
        Assert.Equal(Queue, File.ReadAllText(file));
    }

    [Fact]
    public void A_folder_of_other_files_needs_force()
    {
        string output = Path.Combine(_folder, "data");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "thesis.tex"), "x");
        var (code, _, stderr) = Run("run", Experiment(Queue), "--out", output);
        Assert.Equal(2, code);
        Assert.Contains("holds 1 file(s) that no sparesim run wrote (thesis.tex)", stderr);
        Assert.Contains("--force", stderr);
        Assert.Equal(0, Run("run", Experiment(Queue), "--out", output, "--force").Code);
        Assert.True(File.Exists(Path.Combine(output, "thesis.tex")));
    }
}
