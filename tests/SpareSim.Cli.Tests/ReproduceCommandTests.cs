using System.Text.Json.Nodes;
using SpareSim.Cli;

namespace SpareSim.Cli.Tests;

/// <summary>
/// <c>sparesim reproduce</c>: its arguments and manifest are checked before anything runs (exit 2
/// naming the argument or JSON path), the committed manifest lists every committed experiment
/// and result, and finished steps survive an interruption or a failed step.
/// </summary>
public class ReproduceCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sparesim-reproduce-tests", Guid.NewGuid().ToString("N"));

    public ReproduceCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Manifest(string steps)
    {
        string path = Path.Combine(_folder, "reproduce.json");
        File.WriteAllText(path, $$"""{ "steps": [ {{steps}} ] }""");
        return path;
    }

    private const string TwoSteps = """
        { "name": "first", "command": ["run", "a.json"], "minutes": 1 },
        { "name": "second", "command": ["run", "b.json", "--Replications=3"], "minutes": 2 }
        """;

    [Theory]
    [InlineData("--bogus", "--bogus")]
    [InlineData("--threads", "--threads: needs a value")]
    [InlineData("--threads=0", "--threads: must be a whole number >= 1")]
    [InlineData("--threads=two", "--threads: must be a whole number >= 1")]
    [InlineData("--only=,", "--only: name at least one step")]
    [InlineData("--only=quickstart,nope", "no step named 'nope'")]
    [InlineData("--manifest=/nonexistent/reproduce.json", "does not exist")]
    public void Bad_arguments_exit_2_naming_the_argument(string argument, string message)
    {
        var (code, _, error) = ConsoleCapture.Run("reproduce", "--manifest", RepositoryFiles.Path("results/reproduce.json"), argument);
        Assert.Equal(2, code);
        Assert.Contains(message, error);
        Assert.DoesNotContain("Exception", error);
    }

    [Theory]
    [InlineData("""{ "name": "Bad Name", "command": ["run", "a.json"] }""", "$.steps[0].name")]
    [InlineData("""{ "name": "a", "command": ["run", "a.json"] }, { "name": "a", "command": ["run", "b.json"] }""", "$.steps[1].name: 'a' is listed twice")]
    [InlineData("""{ "name": "a", "command": [] }""", "$.steps[0].command: must be a non-empty list")]
    [InlineData("""{ "name": "a", "command": ["merge", "x"] }""", "$.steps[0].command[0]: must be one of run, fit")]
    [InlineData("""{ "name": "a", "command": ["run", "a.json", "--out", "elsewhere"] }""", "must not give --out")]
    [InlineData("""{ "name": "a", "command": ["run", "a.json"], "minutes": -1 }""", "$.steps[0].minutes: must be a number >= 0")]
    [InlineData("""{ "name": "a", "command": ["run", "a.json"], "folder": "x" }""", "$.steps[0].folder: unknown key")]
    [InlineData("""{ "name": "a", "command": ["run", "a.json"] """, "is not valid JSON")]
    public void A_bad_manifest_exits_2_naming_the_JSON_path(string steps, string message)
    {
        var (code, _, error) = ConsoleCapture.Run("reproduce", "--manifest", Manifest(steps));
        Assert.Equal(2, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public void The_committed_manifest_lists_every_experiment_and_every_result_folder()
    {
        string root = RepositoryFiles.Root;
        var steps = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "results", "reproduce.json")))!["steps"]!.AsArray();
        var names = steps.Select(s => (string)s!["name"]!).ToList();
        var experiments = steps.Select(s => s!["command"]!.AsArray().Select(a => (string)a!).ToList()).Where(c => c[0] == "run").Select(c => c[1]).ToList();
        var committed = Directory.GetFiles(Path.Combine(root, "experiments"), "*.json").Select(f => "experiments/" + Path.GetFileName(f)).Order().ToList();
        Assert.Equal(committed, experiments.Order().ToList());
        var folders = Directory.GetDirectories(Path.Combine(root, "results")).Select(d => Path.GetFileName(d)!).Order().ToList();
        Assert.Equal(folders, names.Order().ToList());

        var (code, stdout, _) = ConsoleCapture.Run("reproduce", "--list", "--manifest", Path.Combine(root, "results", "reproduce.json"));
        Assert.Equal(0, code);
        foreach (string name in names) Assert.Contains($"{name} ", stdout);
        Assert.Contains("sparesim run experiments/quickstart.json --out ", stdout);
    }

    [Fact]
    public void A_failed_or_interrupted_step_is_continued_and_finished_steps_are_not_run_again()
    {
        string manifest = Manifest(TwoSteps);
        var calls = new List<string>();
        int secondExit = 1;
        int Step(IReadOnlyList<string> args, Action<System.Diagnostics.Process> _)
        {
            calls.Add(string.Join(' ', args));
            return args[1] == "b.json" ? secondExit : 0;
        }
        var (first, _, error) = ConsoleCapture.Capture(() => new ReproduceCommand(Step).Execute(["--manifest", manifest, "--threads", "2"]));
        Assert.Equal(1, first);
        Assert.Contains("step second failed (exit 1)", error);
        Assert.Equal([$"run a.json --out {Path.Combine(_folder, "first")} --threads 2", $"run b.json --Replications=3 --out {Path.Combine(_folder, "second")} --threads 2"], calls);

        secondExit = 130;   // the child was interrupted (Ctrl+C / SIGTERM)
        var (interrupted, _, _) = ConsoleCapture.Capture(() => new ReproduceCommand(Step).Execute(["--manifest", manifest, "--threads", "2"]));
        Assert.Equal(130, interrupted);
        Assert.Equal(3, calls.Count);  // only the second step ran

        secondExit = 0;
        var (done, stdout, _) = ConsoleCapture.Capture(() => new ReproduceCommand(Step).Execute(["--manifest", manifest, "--threads", "2"]));
        Assert.Equal(0, done);
        Assert.Equal(4, calls.Count);
        Assert.Contains("[1/2] first: done in an earlier reproduce, skipped", stdout);
        // All done: the record is gone, so the next reproduce rebuilds everything.
        Assert.False(File.Exists(Path.Combine(_folder, ".reproduce-progress")));
        Assert.Equal(0, ConsoleCapture.Capture(() => new ReproduceCommand(Step).Execute(["--manifest", manifest, "--only", "first"])).Code);
        Assert.Equal(5, calls.Count);
    }
}
