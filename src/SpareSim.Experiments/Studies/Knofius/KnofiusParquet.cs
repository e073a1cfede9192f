using SpareSim.Experiments.Output;

namespace SpareSim.Experiments.Studies.Knofius;

/// <summary>
/// Writes the factorial's per-instance rows to <c>instances.parquet</c>: one row per instance,
/// integer columns for item, k and base stocks, doubles for everything else, key–value metadata for
/// provenance. Written to a temporary file and renamed, so a crash never leaves half a file.
/// </summary>
public static class KnofiusParquet
{
    private static readonly HashSet<string> IntegerColumns = ["item", "k", "cm_base_stock", "am_base_stock", "dual_base_stock"];

    /// <summary>Writes <paramref name="rows"/> (column → value) with <paramref name="metadata"/>.</summary>
    public static Task WriteAsync(string path, IReadOnlyList<IReadOnlyDictionary<string, double>> rows, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(metadata);
        var table = new ParquetTable();
        foreach (string column in KnofiusResultsCsv.Columns.Where(c => c != "error"))
        {
            if (IntegerColumns.Contains(column)) table.Add(column, rows.Select(r => checked((int)r[column])).ToArray());
            else table.Add(column, rows.Select(r => r[column]).ToArray());
        }
        return table.WriteAsync(path, metadata);
    }
}
