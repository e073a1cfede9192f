namespace SpareSim.Cli.Reproduce;

/// <summary>One committed result: its folder name under results/, the sparesim command that writes it, and its usual duration.</summary>
/// <param name="Name">The folder under results/ (the command gets <c>--out results/NAME</c>).</param>
/// <param name="Command">The sparesim arguments without <c>--out</c>, e.g. ["run", "experiments/quickstart.json"].</param>
/// <param name="Minutes">About how long it takes on the 2-core development machine (for the progress line).</param>
internal sealed record ReproduceStep(string Name, IReadOnlyList<string> Command, double Minutes)
{
    /// <summary>The arguments the step runs with: its command, the output folder, and <c>--threads</c> for a run.</summary>
    public IReadOnlyList<string> Arguments(string resultsFolder, int? threads)
    {
        var args = new List<string>(Command) { "--out", Path.Combine(resultsFolder, Name) };
        if (threads is { } t && Command[0] == "run") args.AddRange(["--threads", t.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        return args;
    }

    /// <summary>The step as the user would type it.</summary>
    public string CommandLine(string resultsFolder, int? threads) => "sparesim " + string.Join(' ', Arguments(resultsFolder, threads));
}
