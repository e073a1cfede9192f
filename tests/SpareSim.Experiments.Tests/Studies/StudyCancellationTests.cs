using System.Diagnostics;
using SpareSim.Experiments.Studies.DualSourcingValidation;
using SpareSim.Experiments.Studies.MultiEchelon;

namespace SpareSim.Experiments.Tests.Studies;

/// <summary>Long studies observe the cancellation token (Ctrl+C, SIGTERM) in their parallel replication loops.</summary>
public class StudyCancellationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sparesim-cancel-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Multi_echelon_validation_stops_at_once_when_cancelled()
    {
        var options = new MultiEchelonValidationOptions
        {
            Output = _folder, Items = [164], Scenarios = ["B"], Demands = [150], Stocks = ["pipeline-mean"],
            Replications = 4, FailuresPerReplication = 1e9, DegreeOfParallelism = 1,
        };
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => MultiEchelonValidationStudy.RunAsync(options, "test", new SpareSim.Experiments.Studies.StudyContext(null, 1, TextWriter.Null, cancel.Token)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Dual_sourcing_validation_stops_at_once_when_cancelled()
    {
        var options = new DualSourcingValidationOptions { Output = _folder, Replications = 4, RunLength = 1e9, WarmUp = 10, DegreeOfParallelism = 1 };
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DualSourcingValidationStudy.RunAsync(options, "test", new SpareSim.Experiments.Studies.StudyContext(null, 1, TextWriter.Null, cancel.Token)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}
