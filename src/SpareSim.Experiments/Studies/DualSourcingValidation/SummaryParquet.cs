using SpareSim.Experiments.Output;

namespace SpareSim.Experiments.Studies.DualSourcingValidation;

/// <summary>
/// Writes summary rows (column → value) with the pipeline's <see cref="ParquetTable"/>: text
/// columns for names, integer columns where declared, doubles otherwise, provenance in the
/// key–value metadata, written atomically.
/// </summary>
public static class SummaryParquet
{
    /// <summary>Writes <paramref name="rows"/> in the order of <paramref name="columns"/>.</summary>
    public static Task WriteAsync(string path, IReadOnlyList<string> columns, IReadOnlyList<SummaryRow> rows,
        IReadOnlySet<string> integerColumns, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(integerColumns);
        ArgumentNullException.ThrowIfNull(metadata);
        var table = new ParquetTable();
        foreach (string name in columns)
        {
            if (rows.Count > 0 && rows[0].Texts.ContainsKey(name)) table.Add(name, rows.Select(r => r.Texts[name]).ToArray());
            else if (integerColumns.Contains(name)) table.Add(name, rows.Select(r => checked((int)r.Numbers[name])).ToArray());
            else table.Add(name, rows.Select(r => r.Numbers[name]).ToArray());
        }
        return table.WriteAsync(path, metadata);
    }
}
