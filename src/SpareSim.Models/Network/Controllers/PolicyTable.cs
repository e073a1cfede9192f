using System.Globalization;
using System.Text;

namespace SpareSim.Models.Network.Controllers;

/// <summary>
/// A stationary state → action table for a stock point with versions v1 … vn, as a CSV file:
/// a header <c>installed_v1,…,installed_vn,pipeline_v1,…,pipeline_vn,stock_v1,…,stock_vn,install,order</c>
/// (version names from the model file, any column order, extra columns ignored), then one row per state with counts
/// (integers ≥ 0) and version names in the two action columns. Lines starting with '#' and blank
/// lines are skipped. A state is what the controller sees just before a demand: units installed
/// at the site, in resupply and on hand, per version; "install" is handed out first when on hand,
/// "order" is the version ordered.
/// </summary>
public sealed class PolicyTable
{
    /// <summary>A table over <paramref name="versions"/> with rows (counts in the order installed, pipeline, stock per version; install; order).</summary>
    public PolicyTable(IReadOnlyList<string> versions, IReadOnlyList<(int[] State, string Install, string Order)> rows)
    {
        Versions = versions ?? throw new ArgumentNullException(nameof(versions));
        Rows = rows ?? throw new ArgumentNullException(nameof(rows));
    }

    /// <summary>The version names.</summary>
    public IReadOnlyList<string> Versions { get; }

    /// <summary>The rows: state counts (installed, pipeline, stock per version), install version, order version.</summary>
    public IReadOnlyList<(int[] State, string Install, string Order)> Rows { get; }

    /// <summary>The CSV header for <paramref name="versions"/>.</summary>
    public static string[] Header(IReadOnlyList<string> versions) =>
        [.. versions.Select(v => "installed_" + v), .. versions.Select(v => "pipeline_" + v), .. versions.Select(v => "stock_" + v), "install", "order"];

    /// <summary>Writes the table as CSV to <paramref name="path"/> (atomically: a temporary file, then renamed).</summary>
    public void WriteCsv(string path)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(",", Header(Versions)));
        foreach (var (state, install, order) in Rows)
            text.Append(string.Join(",", state.Select(c => c.ToString(CultureInfo.InvariantCulture)))).Append(',').Append(install).Append(',').AppendLine(order);
        string temporary = path + ".tmp";
        System.IO.File.WriteAllText(temporary, text.ToString());
        System.IO.File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// Reads a CSV table for <paramref name="versions"/>; errors name the file, line and column.
    /// Columns beyond the expected ones are ignored; for two versions the dual-sourcing headers of the
    /// analytical core (nC, nA, rC, rA, sC, sA for the first and second version) are accepted too, so
    /// a policy written by <c>DualSourcingPolicy.WriteCsv</c> reads as it is.
    /// </summary>
    public static PolicyTable ReadCsv(string path, IReadOnlyList<string> versions)
    {
        if (!System.IO.File.Exists(path)) throw new FormatException($"policy table '{path}' does not exist");
        var lines = System.IO.File.ReadAllLines(path);
        var expected = Header(versions);
        int[]? columns = null;
        int width = 0;
        var rows = new List<(int[], string, string)>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split(',').Select(c => c.Trim()).ToArray();
            if (columns is null)
            {
                var aliases = Aliases(versions);
                columns = expected.Select(name => Array.FindIndex(cells, c => c == name || (aliases.TryGetValue(c, out var a) && a == name))).ToArray();
                int missing = Array.IndexOf(columns, -1);
                if (missing >= 0) throw new FormatException($"{path}:{i + 1}: the header has no column '{expected[missing]}' (expected {string.Join(",", expected)})");
                width = cells.Length;
                continue;
            }
            if (cells.Length != width) throw new FormatException($"{path}:{i + 1}: {cells.Length} cells, the header has {width}");
            var state = new int[expected.Length - 2];
            for (int c = 0; c < state.Length; c++)
            {
                if (!int.TryParse(cells[columns[c]], NumberStyles.None, CultureInfo.InvariantCulture, out state[c]))
                    throw new FormatException($"{path}:{i + 1}: column '{expected[c]}' must be an integer >= 0, got '{cells[columns[c]]}'");
            }
            string install = cells[columns[^2]], order = cells[columns[^1]];
            foreach (var (name, value) in new[] { ("install", install), ("order", order) })
                if (!versions.Contains(value)) throw new FormatException($"{path}:{i + 1}: column '{name}' must name a version ({string.Join(", ", versions)}), got '{value}'");
            rows.Add((state, install, order));
        }
        if (columns is null) throw new FormatException($"{path}: no header line");
        if (rows.Count == 0) throw new FormatException($"{path}: the table has no rows");
        return new PolicyTable(versions, rows);
    }

    private static Dictionary<string, string> Aliases(IReadOnlyList<string> versions) => versions.Count != 2 ? [] : new()
    {
        ["nC"] = "installed_" + versions[0], ["nA"] = "installed_" + versions[1],
        ["rC"] = "pipeline_" + versions[0], ["rA"] = "pipeline_" + versions[1],
        ["sC"] = "stock_" + versions[0], ["sA"] = "stock_" + versions[1],
    };
}
