using System.Text.RegularExpressions;
using Parquet;
using Parquet.Schema;

namespace SpareSim.Experiments.Output;

/// <summary>
/// A column table written to (and read from) a standard Parquet file: int, long, double, bool
/// and string columns with snake_case names, key-value metadata for provenance, written to a
/// temporary file and renamed so that a crash never leaves half a file. Optional (nullable)
/// int and double columns hold null where a value does not apply: readers such as DuckDB and
/// pandas skip null in aggregates, while a NaN would poison them.
/// </summary>
public sealed partial class ParquetTable
{
    private readonly List<(string Name, Array Values)> _columns = new();

    /// <summary>The column names in order.</summary>
    public IReadOnlyList<string> ColumnNames => _columns.Select(c => c.Name).ToList();

    /// <summary>The number of rows (0 for a table without columns).</summary>
    public int RowCount => _columns.Count == 0 ? 0 : _columns[0].Values.Length;

    /// <summary>Adds a column of doubles.</summary>
    public ParquetTable Add(string name, double[] values) => AddColumn(name, values);

    /// <summary>Adds a column of 32-bit integers.</summary>
    public ParquetTable Add(string name, int[] values) => AddColumn(name, values);

    /// <summary>Adds a column of 64-bit integers.</summary>
    public ParquetTable Add(string name, long[] values) => AddColumn(name, values);

    /// <summary>Adds an optional column of doubles (null where there is no value).</summary>
    public ParquetTable Add(string name, double?[] values) => AddColumn(name, values);

    /// <summary>Adds an optional column of 32-bit integers (null where there is no value).</summary>
    public ParquetTable Add(string name, int?[] values) => AddColumn(name, values);

    /// <summary>Adds an optional column of doubles from NaN-marked values: NaN is written as null.</summary>
    public ParquetTable AddOptional(string name, IEnumerable<double> values) =>
        AddColumn(name, values.Select(v => double.IsNaN(v) ? (double?)null : v).ToArray());

    /// <summary>Adds a column of booleans.</summary>
    public ParquetTable Add(string name, bool[] values) => AddColumn(name, values);

    /// <summary>Adds a column of strings.</summary>
    public ParquetTable Add(string name, string[] values) => AddColumn(name, values);

    /// <summary>The column <paramref name="name"/> (double[], double?[], int[], int?[], long[], bool[] or string[]).</summary>
    public Array Column(string name) =>
        _columns.FirstOrDefault(c => c.Name == name).Values ?? throw new KeyNotFoundException($"no column '{name}'");

    /// <summary>
    /// A numeric column as doubles, null as NaN (the in-memory mark of "no value"), or null when
    /// the column is not numeric.
    /// </summary>
    public double[]? Numbers(string name) => Column(name) switch
    {
        double[] d => d,
        double?[] d => d.Select(v => v ?? double.NaN).ToArray(),
        int[] n => n.Select(v => (double)v).ToArray(),
        int?[] n => n.Select(v => v is { } x ? x : double.NaN).ToArray(),
        long[] l => l.Select(v => (double)v).ToArray(),
        _ => null,
    };

    /// <summary>Writes the table atomically with <paramref name="metadata"/>.</summary>
    public async Task WriteAsync(string path, IReadOnlyDictionary<string, string> metadata)
    {
        var fields = _columns.Select(c => c.Values switch
        {
            double[] => (DataField)new DataField<double>(c.Name),
            double?[] => new DataField<double?>(c.Name),
            int[] => new DataField<int>(c.Name),
            int?[] => new DataField<int?>(c.Name),
            long[] => new DataField<long>(c.Name),
            bool[] => new DataField<bool>(c.Name),
            _ => new DataField<string>(c.Name),
        }).ToArray();
        var schema = new ParquetSchema(fields.Cast<Field>().ToArray());
        string tmp = path + ".tmp";
        await using (var stream = File.Create(tmp))
        {
            await using var writer = await ParquetWriter.CreateAsync(schema, stream);
            writer.CustomMetadata = metadata.ToDictionary(kv => kv.Key, kv => kv.Value);
            using var group = writer.CreateRowGroup();
            for (int i = 0; i < _columns.Count; i++)
            {
                switch (_columns[i].Values)
                {
                    case double[] d: await group.WriteAsync<double>(fields[i], d.AsMemory()); break;
                    case double?[] d: await group.WriteAsync<double>(fields[i], d.AsMemory()); break;
                    case int[] n: await group.WriteAsync<int>(fields[i], n.AsMemory()); break;
                    case int?[] n: await group.WriteAsync<int>(fields[i], n.AsMemory()); break;
                    case long[] l: await group.WriteAsync<long>(fields[i], l.AsMemory()); break;
                    case bool[] b: await group.WriteAsync<bool>(fields[i], b.AsMemory()); break;
                    case string[] s: await group.WriteAsync(fields[i], s, null); break;
                }
            }
        }
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>Reads a file written by <see cref="WriteAsync"/> (or any flat Parquet file of these types).</summary>
    public static async Task<(ParquetTable Table, IReadOnlyDictionary<string, string> Metadata)> ReadAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var table = new ParquetTable();
        var fields = reader.Schema.GetDataFields();
        var parts = fields.Select(_ => new List<Array>()).ToArray();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int rows = checked((int)group.RowCount);
            for (int f = 0; f < fields.Length; f++) parts[f].Add(await ReadColumnAsync(group, fields[f], rows));
        }
        for (int f = 0; f < fields.Length; f++)
        {
            Array whole = parts[f].Count == 1 ? parts[f][0] : Concat(parts[f]);
            table._columns.Add((fields[f].Name, whole));
        }
        return (table, reader.CustomMetadata ?? new Dictionary<string, string>());
    }

    private static async Task<Array> ReadColumnAsync(ParquetRowGroupReader group, DataField field, int rows)
    {
        var type = field.ClrType;
        if (field.IsNullable && type == typeof(double)) { var a = new double?[rows]; await group.ReadAsync<double>(field, a.AsMemory()); return a; }
        if (field.IsNullable && type == typeof(int)) { var a = new int?[rows]; await group.ReadAsync<int>(field, a.AsMemory()); return a; }
        if (type == typeof(double)) { var a = new double[rows]; await group.ReadAsync<double>(field, a.AsMemory()); return a; }
        if (type == typeof(int)) { var a = new int[rows]; await group.ReadAsync<int>(field, a.AsMemory()); return a; }
        if (type == typeof(long)) { var a = new long[rows]; await group.ReadAsync<long>(field, a.AsMemory()); return a; }
        if (type == typeof(bool)) { var a = new bool[rows]; await group.ReadAsync<bool>(field, a.AsMemory()); return a; }
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>)) { var a = new string?[rows]; await group.ReadAsync(field, a.AsMemory()); return a.Select(x => x ?? "").ToArray(); }
        throw new NotSupportedException($"column '{field.Name}' has unsupported type {type.Name}");
    }

    private static Array Concat(List<Array> parts)
    {
        var result = Array.CreateInstance(parts[0].GetType().GetElementType()!, parts.Sum(p => p.Length));
        int at = 0;
        foreach (var p in parts)
        {
            Array.Copy(p, 0, result, at, p.Length);
            at += p.Length;
        }
        return result;
    }

    private ParquetTable AddColumn(string name, Array values)
    {
        if (!SnakeCase().IsMatch(name)) throw new ArgumentException($"column name '{name}' is not snake_case", nameof(name));
        if (_columns.Any(c => c.Name == name)) throw new ArgumentException($"duplicate column '{name}'", nameof(name));
        if (_columns.Count > 0 && values.Length != RowCount)
            throw new ArgumentException($"column '{name}' has {values.Length} rows, the table {RowCount}", nameof(values));
        _columns.Add((name, values));
        return this;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex SnakeCase();
}
