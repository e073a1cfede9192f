using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Output;

namespace SpareSim.Cli;

/// <summary>
/// <c>sparesim compare A.parquet B.parquet</c>: whether two result files hold the same data (column
/// names, types, rows, every value bit for bit; NaN equals NaN, null equals null, but null is not
/// NaN and an optional column is not a required one: a reader's avg() treats them differently). The key-value metadata is listed
/// where it differs but does not count: a study records its options, output folder included.
/// Exit 0 same data, 1 different, 2 a file that cannot be read.
/// </summary>
internal sealed class CompareCommand : ICommand
{
    public string Name => "compare";

    public string Summary => "compare A.parquet B.parquet: same columns and values (metadata ignored)?";

    public int Execute(string[] args) => CommandErrors.Guard(() =>
    {
        if (args.Length != 2) throw new ExperimentInputException("compare", "give two Parquet files: sparesim compare A.parquet B.parquet");
        var (a, metaA) = Read(args[0]);
        var (b, metaB) = Read(args[1]);
        string? difference = Difference(a, b);
        var metadata = metaA.Keys.Union(metaB.Keys).Order(StringComparer.Ordinal)
            .Where(k => metaA.GetValueOrDefault(k) != metaB.GetValueOrDefault(k)).ToList();
        string note = metadata.Count == 0 ? "" : $" (metadata differs in: {string.Join(", ", metadata)})";
        if (difference is not null)
        {
            Console.WriteLine($"different: {difference}{note}");
            return 1;
        }
        Console.WriteLine($"same data: {a.RowCount} rows x {a.ColumnNames.Count} columns{note}");
        return 0;
    });

    private static (ParquetTable, IReadOnlyDictionary<string, string>) Read(string path)
    {
        if (Directory.Exists(path)) throw new ExperimentInputException(path, "is a folder, not a Parquet file");
        if (!File.Exists(path)) throw new ExperimentInputException(path, "no such file");
        try
        {
            return ParquetTable.ReadAsync(path).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or NotSupportedException or InvalidDataException || e.GetType().Namespace?.StartsWith("Parquet", StringComparison.Ordinal) == true)
        {
            throw new ExperimentInputException(path, $"is not a readable Parquet file ({UserMessage.Of(e)})");
        }
    }

    /// <summary>A column's type as a reader sees it: "int", "int (optional)", "double (optional)", …; null only fits an optional column.</summary>
    private static string TypeName(Array column)
    {
        var element = column.GetType().GetElementType()!;
        var underlying = Nullable.GetUnderlyingType(element);
        string name = (underlying ?? element) switch
        {
            var t when t == typeof(int) => "int", var t when t == typeof(long) => "long", var t when t == typeof(double) => "double",
            var t when t == typeof(bool) => "bool", var t when t == typeof(string) => "string", var t => t.Name,
        };
        return underlying is null ? name : name + " (optional)";
    }

    /// <summary>The first difference in words, or null when the data are the same.</summary>
    internal static string? Difference(ParquetTable a, ParquetTable b)
    {
        if (!a.ColumnNames.SequenceEqual(b.ColumnNames))
            return $"columns [{string.Join(", ", a.ColumnNames)}] vs [{string.Join(", ", b.ColumnNames)}]";
        if (a.RowCount != b.RowCount) return $"{a.RowCount} rows vs {b.RowCount}";
        foreach (string name in a.ColumnNames)
        {
            Array x = a.Column(name), y = b.Column(name);
            if (x.GetType() != y.GetType()) return $"column {name}: {TypeName(x)} vs {TypeName(y)}";
            for (int i = 0; i < x.Length; i++)
            {
                object? u = x.GetValue(i), v = y.GetValue(i);
                bool same = u is double du && v is double dv ? BitConverter.DoubleToInt64Bits(du) == BitConverter.DoubleToInt64Bits(dv) || (double.IsNaN(du) && double.IsNaN(dv)) : Equals(u, v);
                if (!same) return $"column {name}, row {i}: {u ?? "null"} vs {v ?? "null"}";
            }
        }
        return null;
    }
}
