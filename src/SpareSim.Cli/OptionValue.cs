using SpareSim.Experiments.Configuration;

namespace SpareSim.Cli;

/// <summary>Reads the value of an option written <c>--name=value</c> or <c>--name value</c>.</summary>
internal static class OptionValue
{
    /// <summary>
    /// The value when <c>args[i]</c> is option <paramref name="name"/> (advancing <paramref name="i"/>
    /// past a separate value), else null; an option without its value is an exit-2 error.
    /// </summary>
    public static string? Read(string[] args, ref int i, string name)
    {
        string a = args[i];
        if (a.StartsWith(name + "=", StringComparison.Ordinal)) return a[(name.Length + 1)..];
        if (a != name) return null;
        if (i + 1 >= args.Length) throw new ExperimentInputException(name, "needs a value");
        return args[++i];
    }
}
