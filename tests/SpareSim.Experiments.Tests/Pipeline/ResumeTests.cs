using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Output;
using SpareSim.Experiments.Running;

namespace SpareSim.Experiments.Tests.Pipeline;

/// <summary>Resuming from checkpoints that are incomplete, damaged or foreign gives the files of an uninterrupted run.</summary>
public class ResumeTests
{
    private static readonly string[] Compared = [ResultFiles.Replications, ResultFiles.Summary, ResultFiles.Comparisons];

    private static async Task<string> RunAsync(ExperimentDefinition d, string output, TextWriter? log = null)
    {
        await ExperimentSession.RunAsync(d, new RunOptions(output, 2, ShardSpec.All), log ?? TextWriter.Null);
        return output;
    }

    /// <summary>Runs on one thread and cancels once <paramref name="after"/> replications are done.</summary>
    private static async Task InterruptAsync(ExperimentDefinition d, string output, int after)
    {
        using var cancel = new CancellationTokenSource();
        var options = new RunOptions(output, 1, ShardSpec.All, p => { if (p.Done >= after) cancel.Cancel(); }, cancel.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExperimentSession.RunAsync(d, options, TextWriter.Null));
    }

    private static void AssertSameFiles(string a, string b)
    {
        foreach (var f in Compared) Assert.Equal(File.ReadAllBytes(Path.Combine(a, f)), File.ReadAllBytes(Path.Combine(b, f)));
    }

    [Theory]
    [InlineData(12)] // interrupted in the first added round
    [InlineData(25)] // later
    public async Task An_adaptive_run_resumed_equals_an_uninterrupted_one(int after)
    {
        using var t = new TestExperiments();
        var d = t.Load(TestExperiments.Queue, "--TargetRelativeHalfWidth=0.08", "--MaxReplications=100", "--Replications=5");
        string reference = await RunAsync(d, Path.Combine(t.Folder, "reference"));
        var (table, _) = await ParquetTable.ReadAsync(Path.Combine(reference, ResultFiles.Replications));
        Assert.True(table.RowCount > after + 5, $"the reference has only {table.RowCount} replications");

        string output = Path.Combine(t.Folder, "interrupted");
        await InterruptAsync(d, output, after);
        await RunAsync(d, output);
        AssertSameFiles(reference, output);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public async Task A_damaged_checkpoint_record_is_named_discarded_and_recomputed(string damage)
    {
        using var t = new TestExperiments();
        var d = t.Load(TestExperiments.Queue);
        string reference = await RunAsync(d, Path.Combine(t.Folder, "reference"));
        string output = Path.Combine(t.Folder, "interrupted");
        await InterruptAsync(d, output, 5);
        string victim = Directory.GetFiles(Path.Combine(output, ".partial"), "*.rep").Order().First();
        byte[] bytes = File.ReadAllBytes(victim);
        File.WriteAllBytes(victim, damage switch
        {
            "truncated" => bytes[..(bytes.Length - 3)],
            "garbage" => Enumerable.Range(0, 40).Select(i => (byte)(i * 37 + 255)).ToArray(),
            _ => [],
        });

        var log = new StringWriter();
        await RunAsync(d, output, log);
        Assert.Contains(Path.GetFileName(victim), log.ToString());
        Assert.Contains("discarded", log.ToString());
        AssertSameFiles(reference, output);
    }

    [Fact]
    public async Task A_checkpoint_record_outside_the_configuration_is_rejected()
    {
        using var t = new TestExperiments();
        var d = t.Load(TestExperiments.Queue); // 6 replications per scenario
        string reference = await RunAsync(d, Path.Combine(t.Folder, "reference"));
        string output = Path.Combine(t.Folder, "interrupted");
        await InterruptAsync(d, output, 5);
        var checkpoint = new Checkpoint(output, d.ConfigurationHash, ShardSpec.All.ToString());
        checkpoint.Save(new ReplicationRecord(0, 24, 50, new double[d.Model.Measures.Count]));
        checkpoint.Save(new ReplicationRecord(7, 1, 50, new double[d.Model.Measures.Count]));

        var log = new StringWriter();
        await RunAsync(d, output, log);
        Assert.Contains("0-24.rep: replication 24 is outside 0..5", log.ToString());
        Assert.Contains("7-1.rep: scenario 7 is outside 0..1", log.ToString());
        AssertSameFiles(reference, output);
    }
}
