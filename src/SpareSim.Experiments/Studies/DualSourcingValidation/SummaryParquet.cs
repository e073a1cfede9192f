using Parquet;
using Parquet.Schema;

namespace SpareSim.Experiments.Studies.DualSourcingValidation;

/// <summary>
/// Writes summary rows (column → value) to Parquet: text columns for names, integer columns where
/// declared, doubles otherwise, provenance in the key–value metadata; written to a temporary file
/// and renamed, so a crash never leaves half a file.
/// </summary>
public static class SummaryParquet
{
    /// <summary>Writes <paramref name="rows"/> in the order of <paramref name="columns"/>.</summary>
    public static async Task WriteAsync(string path, IReadOnlyList<string> columns, IReadOnlyList<SummaryRow> rows,
        IReadOnlySet<string> integerColumns, IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(integerColumns);
        ArgumentNullException.ThrowIfNull(metadata);
        var fields = columns.Select(c => rows.Count > 0 && rows[0].Texts.ContainsKey(c) ? new DataField<string>(c)
            : integerColumns.Contains(c) ? new DataField<int>(c) : (DataField)new DataField<double>(c)).ToArray();
        var schema = new ParquetSchema(fields.Cast<Field>().ToArray());
        string tmp = path + ".tmp";
        await using (var stream = File.Create(tmp))
        {
            await using var writer = await ParquetWriter.CreateAsync(schema, stream);
            writer.CustomMetadata = metadata.ToDictionary(kv => kv.Key, kv => kv.Value);
            using var group = writer.CreateRowGroup();
            for (int c = 0; c < columns.Count; c++)
            {
                string name = columns[c];
                if (fields[c] is DataField<string> text)
                    await group.WriteAsync(text, rows.Select(r => r.Texts[name]).ToArray(), null);
                else if (integerColumns.Contains(name))
                    await group.WriteAsync<int>(fields[c], rows.Select(r => checked((int)r.Numbers[name])).ToArray().AsMemory());
                else
                    await group.WriteAsync<double>(fields[c], rows.Select(r => r.Numbers[name]).ToArray().AsMemory());
            }
        }
        File.Move(tmp, path, overwrite: true);
    }
}
