using SpareSim.Cli.Fit;

namespace SpareSim.Cli;

/// <summary><c>sparesim fit</c>: fits life laws to records of ages (censored, truncated) and writes the chosen law in model-file syntax.</summary>
internal sealed class FitCommand : ICommand
{
    public string Name => "fit";

    public string Summary => FitOptions.Usage + ": fit failure, lead-time or print-time laws to records";

    public int Execute(string[] args) => CommandErrors.Guard(() =>
    {
        var options = FitOptions.Parse(args);
        return FitRun.RunAsync(options, "sparesim fit " + string.Join(" ", args), Console.Out).GetAwaiter().GetResult();
    });
}
