using Parquet;
using Parquet.Schema;

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
    public static async Task WriteAsync(string path, IReadOnlyList<IReadOnlyDictionary<string, double>> rows, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(metadata);
        var columns = KnofiusResultsCsv.Columns.Where(c => c != "error").ToArray();
        var fields = columns.Select(c => IntegerColumns.Contains(c) ? (DataField)new DataField<int>(c) : new DataField<double>(c)).ToArray();
        var schema = new ParquetSchema(fields.Cast<Field>().ToArray());
        string tmp = path + ".tmp";
        await using (var stream = File.Create(tmp))
        {
            await using var writer = await ParquetWriter.CreateAsync(schema, stream);
            writer.CustomMetadata = metadata.ToDictionary(kv => kv.Key, kv => kv.Value);
            using var group = writer.CreateRowGroup();
            for (int c = 0; c < columns.Length; c++)
            {
                if (IntegerColumns.Contains(columns[c]))
                    await group.WriteAsync<int>(fields[c], rows.Select(r => checked((int)r[columns[c]])).ToArray().AsMemory());
                else
                    await group.WriteAsync<double>(fields[c], rows.Select(r => r[columns[c]]).ToArray().AsMemory());
            }
        }
        File.Move(tmp, path, overwrite: true);
    }
}
