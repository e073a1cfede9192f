using System.Globalization;
using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Running;

namespace SpareSim.Cli;

/// <summary>
/// The arguments of <c>sparesim run EXPERIMENT.json [--out DIR] [--threads N] [--seed S]
/// [--shard i/n] [--force] [--max-memory SIZE] [--Key=Value ...]</c>; anything not an option of
/// the command is passed to the configuration as an override.
/// </summary>
internal sealed record RunArguments(string File, string? Out, int Threads, ShardSpec Shard, IReadOnlyList<string> Overrides)
{
    /// <summary>Write into an output folder that holds files of others.</summary>
    public bool Force { get; init; }

    /// <summary>The memory budget in bytes (--max-memory), or null for the default.</summary>
    public long? MaxMemoryBytes { get; init; }

    public static RunArguments Parse(string[] args)
    {
        string? file = null, output = null;
        int threads = Environment.ProcessorCount;
        var shard = ShardSpec.All;
        var overrides = new List<string>();
        bool force = false;
        long? maxMemory = null;
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (OptionValue.Read(args, ref i, "--out") is { } o) output = o;
            else if (OptionValue.Read(args, ref i, "--threads") is { } t)
            {
                if (!int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out threads) || threads < 1)
                    throw new ExperimentInputException("--threads", $"must be a whole number >= 1, got '{t}'");
            }
            else if (OptionValue.Read(args, ref i, "--seed") is { } s)
            {
                if (!ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                    throw new ExperimentInputException("--seed", $"must be a non-negative integer, got '{s}'");
                overrides.Add($"--MasterSeed={s}");
            }
            else if (OptionValue.Read(args, ref i, "--shard") is { } sh) shard = ShardSpec.Parse(sh);
            else if (a == "--force") force = true;
            else if (OptionValue.Read(args, ref i, "--max-memory") is { } m) maxMemory = ParseSize(m);
            else if (a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')) overrides.Add(a);
            else if (a.StartsWith('-')) throw new ExperimentInputException(a, "unknown option (configuration overrides are written --Key=Value)");
            else if (file is null) file = a;
            else throw new ExperimentInputException(a, "only one experiment file can be run at a time");
        }
        if (file is null) throw new ExperimentInputException("EXPERIMENT", "name the experiment file, e.g. sparesim run experiments/quickstart.json");
        return new RunArguments(file, output, threads, shard, overrides) { Force = force, MaxMemoryBytes = maxMemory };
    }

    /// <summary>Parses a size: bytes, or a number with K, M, G or T (powers of 1024), e.g. 512M, 4G.</summary>
    internal static long ParseSize(string text)
    {
        string t = text.Trim().ToUpperInvariant().TrimEnd('B');
        double factor = 1;
        if (t.Length > 0 && "KMGT".IndexOf(t[^1]) is int i and >= 0)
        {
            factor = Math.Pow(1024, i + 1);
            t = t[..^1];
        }
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) || !(x > 0) || !(x * factor < long.MaxValue))
            throw new ExperimentInputException("--max-memory", $"must be a size such as 512M or 4G, got '{text}'");
        return (long)(x * factor);
    }
}
