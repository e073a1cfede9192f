using System.Text.Json.Nodes;

namespace SpareSim.Cli.Tests;

/// <summary>
/// <c>sparesim merge --all DIR</c>: every shard set below a folder merged into its own folder, and
/// a study of dependent simulations (remote-printing-stress: a search, then an evaluation of what
/// it found) sharded phase by phase, against the unsharded run.
/// </summary>
public class MergeAllTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sparesim-merge-all-tests", Guid.NewGuid().ToString("N"));

    public MergeAllTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Out, string Error) Run(params string[] args) => ConsoleCapture.Run(args);

    private string Queue(string name)
    {
        string path = Path.Combine(_folder, name + ".json");
        File.WriteAllText(path, $$"""
            { "Name": "{{name}}", "Model": "mmc-queue", "Replications": 3, "RunLength": 200, "WarmUp": 20,
              "Scenarios": [ { "name": "a", "arrival_rate": 0.4 }, { "name": "b", "arrival_rate": 0.6 } ] }
            """);
        return path;
    }

    private void Shard(string file, string folder, int count)
    {
        for (int i = 1; i <= count; i++)
            Assert.Equal(0, Run("run", file, "--shard", $"{i}/{count}", "--out", Path.Combine(folder, $"shard-{i}-of-{count}")).Code);
    }

    private static void SameData(string a, string b)
    {
        var (code, stdout, stderr) = Run("compare", a, b);
        Assert.True(code == 0, $"{a} vs {b}: {stdout}{stderr}");
    }

    [Fact]
    public void Every_shard_set_below_the_folder_is_merged_into_its_own_folder_once()
    {
        string x = Queue("x"), y = Queue("y");
        string root = Path.Combine(_folder, "runs");
        Shard(x, Path.Combine(root, "x", "simulation"), 2);
        Shard(y, Path.Combine(root, "deeper", "y"), 3);
        var (code, stdout, stderr) = Run("merge", "--all", root);
        Assert.True(code == 0, stderr);
        Assert.Contains("merged 2 of 2 shard sets", stdout);
        foreach (var (file, merged) in new[] { (x, Path.Combine(root, "x", "simulation")), (y, Path.Combine(root, "deeper", "y")) })
        {
            string whole = Path.Combine(_folder, "whole-" + Path.GetFileNameWithoutExtension(file));
            Assert.Equal(0, Run("run", file, "--out", whole).Code);
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "summary.parquet")), File.ReadAllBytes(Path.Combine(merged, "summary.parquet")));
        }
        (code, stdout, _) = Run("merge", "--all", root);
        Assert.Equal(0, code);
        Assert.Contains("already merged, kept", stdout);
        Assert.Contains("merged 0 of 2 shard sets", stdout);
    }

    [Fact]
    public void Mixed_counts_a_missing_shard_and_no_shards_exit_2_naming_the_folder()
    {
        string x = Queue("x");
        string set = Path.Combine(_folder, "runs", "x");
        Shard(x, set, 2);
        Directory.CreateDirectory(Path.Combine(set, "shard-1-of-3"));
        var (code, _, stderr) = Run("merge", "--all", Path.Combine(_folder, "runs"));
        Assert.Equal(2, code);
        Assert.Contains($"{set}: holds shards of 2 and 3 shard runs", stderr);
        Directory.Delete(Path.Combine(set, "shard-1-of-3"));
        Directory.Delete(Path.Combine(set, "shard-2-of-2"), recursive: true);
        (code, _, stderr) = Run("merge", "--all", Path.Combine(_folder, "runs"));
        Assert.Equal(2, code);
        Assert.Contains($"{set}: shard-2-of-2 is missing (1 of 2 shards are there)", stderr);
        Assert.False(File.Exists(Path.Combine(set, "replications.parquet")));
        string empty = Directory.CreateDirectory(Path.Combine(_folder, "empty")).FullName;
        (code, _, stderr) = Run("merge", "--all", empty);
        Assert.Equal(2, code);
        Assert.Contains("holds no shard folders", stderr);
        (code, _, stderr) = Run("merge", "--all", empty, "--out", _folder);
        Assert.Equal(2, code);
        Assert.Contains("--all: merges every shard set below its folder", stderr);
    }

    [Fact]
    public void A_study_of_dependent_simulations_shards_phase_by_phase_to_the_unsharded_result()
    {
        // experiments/remote-printing-stress.json reduced: two scenarios, a 2-policy search, short runs.
        var study = JsonNode.Parse("""
            { "study": "remote-printing-stress",
              "site": { "installedBase": 3, "cycleLength": 14, "regularCost": 100, "printCost": 50, "regularFailureProbability": 0.01,
                        "printedFailureProbability": 0.2, "holdingCost": 1, "backorderCost": 30, "discount": 0.9995 },
              "scenarios": [ { "name": "chapter model" }, { "name": "convoy cancelled (25%)", "convoyCancellationProbability": 0.25 } ],
              "baseStocks": [1, 2], "printThresholds": [2], "masterSeed": 77, "searchSeed": 78,
              "replications": 3, "days": 6000, "searchReplications": 2, "searchDays": 3000, "degreeOfParallelism": 1 }
            """)!.AsObject();
        string file = Path.Combine(_folder, "stress.json");
        File.WriteAllText(file, study.ToJsonString());
        string whole = Path.Combine(_folder, "whole"), sharded = Path.Combine(_folder, "sharded");
        Assert.Equal(0, Run("run", file, "--out", whole).Code);
        // Phase 1 shards the searches; after their merge, the same shard commands run the evaluations.
        for (int phase = 1; phase <= 2; phase++)
        {
            for (int i = 1; i <= 2; i++)
            {
                var (code, stdout, stderr) = Run("run", file, "--out", sharded, "--shard", $"{i}/2");
                Assert.True(code == 0, stderr);
                Assert.Contains($", shard {i}/2 -> ", stdout);
                if (phase == 1) Assert.DoesNotContain("-evaluation: ", stdout);
                else Assert.Contains("-search: using the 8 replications", stdout);
            }
            Assert.Equal(0, Run("merge", "--all", sharded).Code);
        }
        var final = Run("run", file, "--out", sharded);
        Assert.True(final.Code == 0, final.Error);
        Assert.DoesNotContain(", shard ", final.Out);
        Assert.Contains("-evaluation: using the 12 replications", final.Out);
        SameData(Path.Combine(whole, "scenarios.parquet"), Path.Combine(sharded, "scenarios.parquet"));
    }
}
