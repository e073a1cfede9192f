using System.Globalization;
using SpareSim.Analytics.Fitting;
using SpareSim.Experiments.Configuration;

namespace SpareSim.Cli.Fit;

/// <summary>The arguments of <c>sparesim fit</c>, parsed and checked before any data are read.</summary>
internal sealed record FitOptions(
    string Data, string Column, string? Censored, string? Entry, IReadOnlyList<LifeFamily> Families, IntervalMethod Intervals,
    int Bootstrap, int Seed, bool Empirical, string Output, bool Force)
{
    public const string Usage =
        "fit DATA --column AGE [--censored COLUMN] [--entry COLUMN] [--families exponential,weibull,lognormal,gamma,erlang] " +
        "[--intervals profile|wald] [--bootstrap B] [--seed S] [--empirical] [--out DIR] [--force]";

    /// <summary>The most bootstrap replicates a fit runs.</summary>
    public const int MaxBootstrap = 100_000;

    public static FitOptions Parse(string[] args)
    {
        string? data = null, column = null, censored = null, entry = null, output = null;
        var families = LifeFamilies.All;
        var intervals = IntervalMethod.Profile;
        int bootstrap = 200, seed = 1;
        bool empirical = false, force = false;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            string Value()
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)) throw new ExperimentInputException(arg, "needs a value");
                return args[++i];
            }
            switch (arg)
            {
                case "--column": column = Value(); break;
                case "--censored": censored = Value(); break;
                case "--entry": entry = Value(); break;
                case "--families": families = ParseFamilies(Value()); break;
                case "--intervals":
                    intervals = Value() switch
                    {
                        "profile" => IntervalMethod.Profile,
                        "wald" => IntervalMethod.Wald,
                        var other => throw new ExperimentInputException("--intervals", $"'{other}' is not profile or wald"),
                    };
                    break;
                case "--bootstrap":
                    bootstrap = Integer(arg, Value(), 0);
                    // p-values to 1e-5 at most; beyond that a fit of a few thousand records runs for days.
                    if (bootstrap > MaxBootstrap) throw new ExperimentInputException(arg, string.Create(CultureInfo.InvariantCulture, $"at most {MaxBootstrap:N0} replicates (p-values to 1e-5), got {bootstrap:N0}"));
                    break;
                case "--seed": seed = Integer(arg, Value(), 0); break;
                case "--empirical": empirical = true; break;
                case "--out": output = Value(); break;
                case "--force": force = true; break;
                default:
                    if (arg.StartsWith('-')) throw new ExperimentInputException(arg, $"unknown option; usage: sparesim {Usage}");
                    if (data is not null) throw new ExperimentInputException(arg, $"a second data file; give one (first: '{data}')");
                    data = arg;
                    break;
            }
        }
        if (data is null) throw new ExperimentInputException("DATA", $"name the CSV or Parquet file to fit; usage: sparesim {Usage}");
        if (column is null) throw new ExperimentInputException("--column", "name the column of ages (failure or censoring ages)");
        output ??= Path.Combine(SpareSim.Experiments.ExperimentSession.DefaultRoot, "fit-" + Path.GetFileNameWithoutExtension(data));
        return new FitOptions(data, column, censored, entry, families, intervals, bootstrap, seed, empirical, output, force);
    }

    /// <summary>The options as one canonical line, hashed (with the data) into the provenance.</summary>
    public string Canonical() => string.Join(" ",
        $"column={Column}", $"censored={Censored}", $"entry={Entry}", $"families={string.Join(",", Families.Select(f => f.Name))}",
        $"intervals={Intervals}", $"bootstrap={Bootstrap}", $"seed={Seed}", $"empirical={Empirical}");

    private static IReadOnlyList<LifeFamily> ParseFamilies(string list)
    {
        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0) throw new ExperimentInputException("--families", "name at least one family");
        return names.Select(n => LifeFamilies.Find(n) ?? throw new ExperimentInputException("--families",
            $"'{n}' is not a fittable family; choose from {string.Join(", ", LifeFamilies.All.Select(f => f.Name))}")).Distinct().ToList();
    }

    private static int Integer(string key, string text, int minimum) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int x) && x >= minimum
            ? x : throw new ExperimentInputException(key, $"'{text}' is not a whole number >= {minimum}");
}
