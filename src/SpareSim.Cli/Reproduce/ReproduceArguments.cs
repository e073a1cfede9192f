using System.Globalization;
using SpareSim.Experiments.Configuration;

namespace SpareSim.Cli.Reproduce;

/// <summary>The arguments of <c>sparesim reproduce [--list] [--only A,B] [--restart] [--threads N] [--manifest FILE]</c>.</summary>
internal sealed record ReproduceArguments(bool List, IReadOnlyList<string>? Only, bool Restart, int? Threads, string Manifest)
{
    /// <summary>The manifest of the committed results, relative to the repository root.</summary>
    public const string DefaultManifest = "results/reproduce.json";

    public static ReproduceArguments Parse(string[] args)
    {
        bool list = false, restart = false;
        List<string>? only = null;
        int? threads = null;
        string manifest = DefaultManifest;
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (a == "--list") list = true;
            else if (a == "--restart") restart = true;
            else if (OptionValue.Read(args, ref i, "--only") is { } o)
            {
                only ??= [];
                only.AddRange(o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                if (only.Count == 0) throw new ExperimentInputException("--only", "name at least one step, e.g. --only quickstart,mmc-queue-demo (sparesim reproduce --list shows them)");
            }
            else if (OptionValue.Read(args, ref i, "--threads") is { } t)
            {
                if (!int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1)
                    throw new ExperimentInputException("--threads", $"must be a whole number >= 1, got '{t}'");
                threads = n;
            }
            else if (OptionValue.Read(args, ref i, "--manifest") is { } m) manifest = m;
            else throw new ExperimentInputException(a, "unknown argument; sparesim reproduce [--list] [--only A,B] [--restart] [--threads N] [--manifest FILE]");
        }
        return new ReproduceArguments(list, only, restart, threads, manifest);
    }
}
