using System.Globalization;
using SpareSim.Analytics.Fitting;
using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Output;

namespace SpareSim.Cli.Fit;

/// <summary>
/// The columns of a CSV (header line, comma-separated, optional double quotes) or Parquet file as
/// text cells, and the life records built from the age, censoring and entry columns. Every data
/// problem is an <see cref="ExperimentInputException"/> (exit 2) naming the file, the column and
/// the row (data rows counted from 1; for CSV also the line).
/// </summary>
internal sealed class LifeTable
{
    private readonly Dictionary<string, string[]> _columns;
    private readonly bool _csv;

    private LifeTable(string path, Dictionary<string, string[]> columns, IReadOnlyList<string> names, bool csv)
    {
        Path = path;
        _columns = columns;
        Names = names;
        _csv = csv;
    }

    public string Path { get; }

    public IReadOnlyList<string> Names { get; }

    public static LifeTable Read(string path)
    {
        if (!File.Exists(path)) throw new ExperimentInputException("DATA", $"'{path}' does not exist");
        return path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? ReadParquet(path) : ReadCsv(path);
    }

    /// <summary>The records: ages from <paramref name="ageColumn"/>, censoring flags and entry ages from the optional columns.</summary>
    public LifeData Records(string ageColumn, string? censoredColumn, string? entryColumn)
    {
        var ages = Column(ageColumn);
        if (ages.Length == 0 || ages.All(string.IsNullOrWhiteSpace)) throw Problem(ageColumn, null, "is empty: there is nothing to fit");
        var censored = censoredColumn is null ? null : Column(censoredColumn);
        var entries = entryColumn is null ? null : Column(entryColumn);
        var records = new LifeObservation[ages.Length];
        for (int r = 0; r < ages.Length; r++)
        {
            double age = Number(ageColumn, r, ages[r]);
            if (!(age > 0)) throw Problem(ageColumn, r, $"{Show(age)} is {(age < 0 ? "negative" : "zero")}; ages must be > 0");
            bool failed = censored is null || !Flag(censoredColumn!, r, censored[r]);
            double entry = entries is null ? 0 : Number(entryColumn!, r, entries[r]);
            if (entry < 0) throw Problem(entryColumn!, r, $"{Show(entry)} is negative; entry ages must be >= 0");
            if (entry >= age) throw Problem(entryColumn!, r, $"entry age {Show(entry)} is not below the age {Show(age)} in '{ageColumn}'");
            records[r] = new LifeObservation(age, failed, entry);
        }
        if (records.All(o => !o.Failed))
            throw Problem(censoredColumn!, null, $"all {records.Length} rows are censored (still running): at least one failure is needed to fit a law");
        if (records.Select(o => o.Time).Distinct().Count() == 1)
            throw Problem(ageColumn, null, $"all {records.Length} values are {Show(records[0].Time)}: a law cannot be fitted to a single distinct value");
        return new LifeData(records);
    }

    private string[] Column(string name) =>
        _columns.TryGetValue(name, out var cells) ? cells
        : throw new ExperimentInputException(name, $"column '{name}' does not exist in '{Path}'; its columns are: {string.Join(", ", Names)}");

    private double Number(string column, int row, string cell)
    {
        if (string.IsNullOrWhiteSpace(cell)) throw Problem(column, row, "is empty");
        if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) || !double.IsFinite(x))
            throw Problem(column, row, $"'{cell}' is not a number");
        return x;
    }

    private bool Flag(string column, int row, string cell) => cell.Trim().ToLowerInvariant() switch
    {
        "1" or "true" or "yes" => true,
        "0" or "false" or "no" => false,
        _ => throw Problem(column, row, $"'{cell}' is not a censoring flag (1/true/yes = still running, 0/false/no = failed)"),
    };

    private ExperimentInputException Problem(string column, int? row, string what)
    {
        string where = row is null ? "" : _csv ? $", row {row + 1} (line {row + 2})" : $", row {row + 1}";
        return new ExperimentInputException($"{Path}: column '{column}'{where}", what);
    }

    private static string Show(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private static LifeTable ReadParquet(string path)
    {
        ParquetTable table;
        try
        {
            table = ParquetTable.ReadAsync(path).GetAwaiter().GetResult().Table;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException or Parquet.ParquetException)
        {
            throw new ExperimentInputException("DATA", $"'{path}' is not a readable Parquet file ({e.Message})");
        }
        var columns = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var name in table.ColumnNames)
        {
            columns[name] = table.Column(name) switch
            {
                double[] d => d.Select(x => x.ToString("R", CultureInfo.InvariantCulture)).ToArray(),
                bool[] b => b.Select(x => x ? "1" : "0").ToArray(),
                string[] s => s,
                Array a => a.Cast<object>().Select(x => Convert.ToString(x, CultureInfo.InvariantCulture) ?? "").ToArray(),
            };
        }
        return new LifeTable(path, columns, table.ColumnNames, csv: false);
    }

    private static LifeTable ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path).ToList();
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1])) lines.RemoveAt(lines.Count - 1);
        if (lines.Count == 0) throw new ExperimentInputException("DATA", $"'{path}' is empty (a header line naming the columns is needed)");
        var header = CsvLine.Split(lines[0]).Select(h => h.Trim()).ToArray();
        var cells = header.Select(_ => new List<string>()).ToArray();
        for (int i = 1; i < lines.Count; i++)
        {
            var fields = CsvLine.Split(lines[i]);
            if (fields.Count != header.Length)
                throw new ExperimentInputException($"{path}: line {i + 1}", $"has {fields.Count} fields, the header {header.Length}");
            for (int c = 0; c < header.Length; c++) cells[c].Add(fields[c].Trim());
        }
        var columns = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (int c = 0; c < header.Length; c++) columns[header[c]] = cells[c].ToArray();
        return new LifeTable(path, columns, header, csv: true);
    }
}
