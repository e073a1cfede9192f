using Parquet;
using Parquet.Schema;

namespace SpareSim.Models.Network.Controllers;

/// <summary>
/// A <see cref="PolicyTable"/> as a Parquet file, for policies computed in another tool (pandas,
/// Polars, Julia, DuckDB): the CSV's columns (<c>installed_V…, pipeline_V…, stock_V…</c> as 32- or
/// 64-bit integers, nullable or not; <c>install</c>, <c>order</c> as strings), any column order,
/// extra columns ignored, any number of row groups.
/// </summary>
public static class PolicyTableParquet
{
    /// <summary>Writes <paramref name="table"/> to <paramref name="path"/> (atomically).</summary>
    public static void Write(PolicyTable table, string path) => WriteAsync(table, path).GetAwaiter().GetResult();

    /// <summary>Reads a table for <paramref name="versions"/>; errors name the file, column and row.</summary>
    public static PolicyTable Read(string path, IReadOnlyList<string> versions) => ReadAsync(path, versions).GetAwaiter().GetResult();

    private static async Task WriteAsync(PolicyTable table, string path)
    {
        ArgumentNullException.ThrowIfNull(table);
        var header = PolicyTable.Header(table.Versions);
        var counts = header.Take(header.Length - 2).Select(name => new DataField<int>(name)).ToArray();
        var install = new DataField<string>("install");
        var order = new DataField<string>("order");
        var schema = new ParquetSchema([.. counts.Cast<Field>(), install, order]);
        string temporary = path + ".tmp";
        await using (var stream = System.IO.File.Create(temporary))
        {
            await using var writer = await ParquetWriter.CreateAsync(schema, stream);
            using var group = writer.CreateRowGroup();
            for (int c = 0; c < counts.Length; c++)
                await group.WriteAsync<int>(counts[c], table.Rows.Select(r => r.State[c]).ToArray().AsMemory());
            await group.WriteAsync(install, table.Rows.Select(r => r.Install).ToArray(), null);
            await group.WriteAsync(order, table.Rows.Select(r => r.Order).ToArray(), null);
        }
        System.IO.File.Move(temporary, path, overwrite: true);
    }

    private static async Task<PolicyTable> ReadAsync(string path, IReadOnlyList<string> versions)
    {
        if (!System.IO.File.Exists(path)) throw new FormatException($"policy table '{path}' does not exist");
        var header = PolicyTable.Header(versions);
        var columns = header.ToDictionary(h => h, _ => new List<object?>());
        try
        {
            await using var stream = System.IO.File.OpenRead(path);
            await using var reader = await ParquetReader.CreateAsync(stream);
            var fields = reader.Schema.GetDataFields();
            foreach (string name in header)
                if (!fields.Any(f => f.Name == name)) throw new FormatException($"{path}: no column '{name}' (expected {string.Join(",", header)})");
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                int count = checked((int)group.RowCount);
                foreach (var field in fields.Where(f => columns.ContainsKey(f.Name)))
                    columns[field.Name].AddRange(await ReadColumnAsync(group, field, count, path));
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            throw new FormatException($"{path}: not a readable Parquet policy table ({e.Message})");
        }
        int rows = columns[header[0]].Count;
        if (rows == 0) throw new FormatException($"{path}: the table has no rows");
        var result = new List<(int[], string, string)>(rows);
        for (int i = 0; i < rows; i++)
        {
            var state = new int[header.Length - 2];
            for (int c = 0; c < state.Length; c++)
            {
                object? cell = columns[header[c]][i];
                long value = cell switch
                {
                    int n => n,
                    long n => n,
                    short n => n,
                    _ => -1,
                };
                if (value < 0 || value > int.MaxValue)
                    throw new FormatException($"{path}: row {i + 1}, column '{header[c]}' must be an integer >= 0, got {cell ?? "null"}");
                state[c] = (int)value;
            }
            string? install = columns["install"][i] as string, order = columns["order"][i] as string;
            foreach (var (name, value) in new[] { ("install", install), ("order", order) })
                if (value is null || !versions.Contains(value))
                    throw new FormatException($"{path}: row {i + 1}, column '{name}' must name a version ({string.Join(", ", versions)}), got {value ?? "null"}");
            result.Add((state, install!, order!));
        }
        return new PolicyTable(versions, result);
    }

    private static async Task<IEnumerable<object?>> ReadColumnAsync(ParquetRowGroupReader group, DataField field, int rows, string path)
    {
        var type = field.ClrType;
        if (type == typeof(int)) return await Counts<int>(group, field, rows, path);
        if (type == typeof(long)) return await Counts<long>(group, field, rows, path);
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>)) { var a = new string?[rows]; await group.ReadAsync(field, a.AsMemory()); return a; }
        throw new FormatException($"{path}: column '{field.Name}' has type {type.Name}; counts must be integers and install/order strings");
    }

    // Integer counts; a nullable column (as pandas writes) is accepted when it holds no null.
    private static async Task<IEnumerable<object?>> Counts<T>(ParquetRowGroupReader group, DataField field, int rows, string path) where T : struct
    {
        var values = new T[rows];
        if (!field.IsNullable)
        {
            await group.ReadAsync<T>(field, values.AsMemory());
            return values.Cast<object?>();
        }
        var levels = new int[rows];
        await group.ReadAsync<T>(field, values.AsMemory(), levels.AsMemory());
        int missing = Array.IndexOf(levels, 0);
        if (missing >= 0) throw new FormatException($"{path}: column '{field.Name}' has a null (row {missing + 1} of its row group); every count is required");
        return values.Cast<object?>();
    }
}
