using SpareSim.Experiments;
using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Running;
using SpareSim.Experiments.Studies;

namespace SpareSim.Cli;

/// <summary><c>sparesim run</c>: validates an experiment, runs it with progress, writes its results.</summary>
internal sealed class RunCommand : ICommand
{
    public string Name => "run";

    public string Summary => "run EXPERIMENT.json [--out DIR] [--threads N] [--seed S] [--shard i/n] [--force] [--max-memory SIZE] [--Key=Value ...]";

    public int Execute(string[] args) => CommandErrors.Guard(() => ExecuteAsync(args).GetAwaiter().GetResult());

    private static async Task<int> ExecuteAsync(string[] args)
    {
        var run = RunArguments.Parse(args);
        var config = ExperimentLoader.Read(run.File, run.Overrides);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        if (config["Study"] is { } studyName)
        {
            var study = Catalog.Studies().Find(studyName)
                ?? throw new ExperimentInputException("Study", $"unknown study '{studyName}'; known: {string.Join(", ", Catalog.Studies().Names)}");
            if (!run.Shard.IsWhole) throw new ExperimentInputException("--shard", "studies cannot be sharded");
            return await study.RunAsync(run.File, run.Overrides, new StudyContext(run.Out, run.Threads, Console.Out, cancel.Token));
        }

        var definition = ExperimentLoader.Load(config, Catalog.Models());
        string output = run.Out ?? ExperimentSession.DefaultOutput(definition, run.Shard);
        var progress = new ConsoleProgress();
        var options = new RunOptions(output, run.Threads, run.Shard, progress.Report, cancel.Token)
        {
            Inputs = [run.File],
            Force = run.Force,
            MaxMemoryBytes = run.MaxMemoryBytes ?? RunBudget.DefaultMaxMemoryBytes,
        };
        Console.WriteLine($"{definition.Name}: {definition.Scenarios.Count} scenarios x {definition.Replications} replications of '{definition.Model.Name}'" +
                          (run.Shard.IsWhole ? "" : $", shard {run.Shard}") + $", {run.Threads} threads -> {output}");
        await ExperimentSession.RunAsync(definition, options, Console.Out);
        Console.WriteLine($"wrote {output}");
        return 0;
    }
}
