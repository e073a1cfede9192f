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

    /// <summary>How long running work may take to stop after Ctrl+C or SIGTERM before the process exits anyway.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(1.5);

    private string _interrupted = CommandErrors.Interrupted;

    public int Execute(string[] args)
    {
        if (args is ["--help"] or ["-h"])
        {
            Console.WriteLine("usage: sparesim " + Summary);
            Console.WriteLine("  --out DIR         output folder (default runs/NAME, git-ignored; a study: its \"output\"; --out overrides both)");
            Console.WriteLine("  --threads N       replications in parallel (default: the number of CPUs)");
            Console.WriteLine("  --seed S          the master seed (same as --MasterSeed=S)");
            Console.WriteLine("  --shard i/n       run every n-th (scenario, replication) pair, into DIR/shard-i-of-n; then sparesim merge");
            Console.WriteLine("  --force           write into a folder holding files sparesim did not write (they are left alone)");
            Console.WriteLine("  --max-memory SIZE refuse a run estimated larger (default 80% of available memory), e.g. 4G");
            Console.WriteLine();
            CatalogText.WriteExperimentKeys(Console.Out);
            Console.WriteLine();
            CatalogText.WriteModels(Console.Out, withParameters: false);
            Console.WriteLine();
            CatalogText.WriteStudies(Console.Out, withOptions: false);
            Console.WriteLine("(sparesim models / sparesim studies list their parameters and options with defaults)");
            return 0;
        }
        return Guard(args);
    }

    private int Guard(string[] args) => CommandErrors.Guard(() => ExecuteAsync(args).GetAwaiter().GetResult(), () => _interrupted);

    private async Task<int> ExecuteAsync(string[] args)
    {
        var run = RunArguments.Parse(args);
        var config = ExperimentLoader.Read(run.File, run.Overrides);
        using var cancel = new CancellationTokenSource();
        // Ctrl+C (SIGINT) and SIGTERM (kill, Slurm's scancel) stop the run: parallel loops stop
        // starting work at once; if a long replication is still running after the grace period,
        // the process exits (every checkpoint record and output file is written atomically).
        void Stop()
        {
            if (cancel.IsCancellationRequested) return;
            cancel.Cancel();
            _ = Task.Delay(Grace).ContinueWith(_ =>
            {
                Console.Error.WriteLine($"sparesim: {_interrupted}");
                Environment.Exit(130);
            }, TaskScheduler.Default);
        }
        using var signals = StopSignals.Cancelling(Stop);

        if (config["Study"] is { } studyName)
        {
            var study = Catalog.Studies().Find(studyName)
                ?? throw new ExperimentInputException("Study", $"unknown study '{studyName}'; known: {string.Join(", ", Catalog.Studies().Names)}");
            if (!run.Shard.IsWhole && !study.RunsThroughRunner)
                throw new ExperimentInputException("--shard", $"study '{study.Name}' cannot be sharded: it does not run its replications through the experiment runner");
            _interrupted = study.RunsThroughRunner
                ? "interrupted; run the same command again to resume the study's simulation from its checkpoint"
                : "interrupted; this study keeps no checkpoint, so running it again starts from the beginning";
            return await study.RunAsync(run.File, run.Overrides, new StudyContext(run.Out, run.Threads, Console.Out, cancel.Token)
            {
                Shard = run.Shard,
                Progress = new ConsoleProgress().Report,
                MaxMemoryBytes = run.MaxMemoryBytes ?? RunBudget.DefaultMaxMemoryBytes,
            });
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
