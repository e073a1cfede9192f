using SpareSim.Cli.Fit;

namespace SpareSim.Cli;

/// <summary><c>sparesim fit</c>: fits life laws to records of ages (censored, truncated) and writes the chosen law in model-file syntax.</summary>
internal sealed class FitCommand : ICommand
{
    public string Name => "fit";

    public string Summary => FitOptions.Usage + ": fit failure, lead-time or print-time laws to records";

    public int Execute(string[] args)
    {
        // Ctrl+C or SIGTERM stops the bootstrap between replicates; the files are written only
        // after it, so an interrupted fit leaves nothing of itself in the output folder.
        using var cancel = new CancellationTokenSource();
        using var signals = StopSignals.Cancelling(cancel.Cancel);
        return CommandErrors.Guard(() =>
        {
            var options = FitOptions.Parse(args);
            return FitRun.RunAsync(options, "sparesim fit " + string.Join(" ", args), Console.Out, new BootstrapProgress(), cancel.Token).GetAwaiter().GetResult();
        }, () => "interrupted before anything was written; run the same command again (a fit keeps no checkpoint)");
    }
}
