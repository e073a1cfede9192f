using System.Globalization;
using SpareSim.Analytics.MultiEchelon;

namespace SpareSim.Experiments.Studies.Abidar;

/// <summary>One printed row of Appendix C: an (item, scenario, m, rt, φ) cell and its EBO for s = 0…5.</summary>
/// <param name="Line">Line of the paper's text (source file of spec §2.6).</param>
/// <param name="Item">Item code 162, 163 or 164.</param>
/// <param name="Scenario">B, C or D.</param>
/// <param name="Demand">m, annual demand per site.</param>
/// <param name="TimeRatio">rt = AM time / CP time (the paper's "0" is 1).</param>
/// <param name="AmProbability">φ.</param>
/// <param name="Values">The printed EBO at s = 0…5 (2 decimals).</param>
public sealed record AppendixCRow(int Line, int Item, string Scenario, double Demand, double TimeRatio, double AmProbability, IReadOnlyList<decimal> Values);

/// <summary>
/// Reads the published Appendix C values and checks that they cover the paper's full grid (spec §2.2):
/// items 162/163/164 × m 10/75/150 × (one baseline row + C and D at rt 0.5/1/2 and φ 0.1/0.5/0.9) = 171 rows.
/// Every problem is an <see cref="ArgumentException"/> naming the key <c>publishedValues</c>.
/// </summary>
public static class AppendixCPublished
{
    /// <summary>The header the file must start with.</summary>
    public const string Header = "line,item,scenario,m,rt,phi,s0,s1,s2,s3,s4,s5";

    /// <summary>Stock levels printed per row.</summary>
    public const int StockLevels = 6;

    /// <summary>Demand classes m (N, S, F; spec §2.2).</summary>
    public static IReadOnlyList<double> Demands { get; } = [10, 75, 150];

    /// <summary>AM / CP time ratios rt (spec §2.2).</summary>
    public static IReadOnlyList<double> TimeRatios { get; } = [0.5, 1, 2];

    /// <summary>AM probabilities φ (spec §2.2).</summary>
    public static IReadOnlyList<double> AmProbabilities { get; } = [0.1, 0.5, 0.9];

    /// <summary>Reads and checks <paramref name="path"/>; rows are returned in file order.</summary>
    public static IReadOnlyList<AppendixCRow> Load(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new ArgumentException($"publishedValues: cannot read '{path}': {e.Message}");
        }
        if (lines.Length == 0 || lines[0].Trim() != Header)
            throw new ArgumentException($"publishedValues: '{path}' must start with the header '{Header}'");
        var rows = new List<AppendixCRow>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            rows.Add(Parse(lines[i], path, i + 1));
        }
        CheckGrid(rows, path);
        return rows;
    }

    /// <summary>The grid key of a row: the baseline ignores rt and φ.</summary>
    public static (int Item, string Scenario, double Demand, double TimeRatio, double AmProbability) Key(int item, string scenario, double demand, double timeRatio, double amProbability) =>
        scenario == "B" ? (item, "B", demand, 0, 0) : (item, scenario, demand, timeRatio, amProbability);

    private static AppendixCRow Parse(string line, string path, int number)
    {
        var c = line.Split(',');
        string where = $"publishedValues: {path} line {number}";
        if (c.Length != 6 + StockLevels) throw new ArgumentException($"{where}: expected {6 + StockLevels} fields, found {c.Length}");
        int Int(string s, string name) => int.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : throw new ArgumentException($"{where}: {name} '{s}' is not an integer");
        double Real(string s, string name) => double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) ? v : throw new ArgumentException($"{where}: {name} '{s}' is not a number");
        int item = Int(c[1], "item");
        if (AbidarItem.All.All(x => x.Code != item)) throw new ArgumentException($"{where}: unknown item {item}; expected 162, 163 or 164");
        string scenario;
        try
        {
            scenario = AbidarNetworks.Code(AbidarNetworks.ParseScenario(c[2]));
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{where}: {e.Message}");
        }
        var values = new decimal[StockLevels];
        for (int s = 0; s < StockLevels; s++)
            if (!decimal.TryParse(c[6 + s].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out values[s]) || values[s] < 0)
                throw new ArgumentException($"{where}: s{s} '{c[6 + s]}' is not a non-negative number");
        return new AppendixCRow(Int(c[0], "line"), item, scenario, Real(c[3], "m"), Real(c[4], "rt"), Real(c[5], "phi"), values);
    }

    private static void CheckGrid(List<AppendixCRow> rows, string path)
    {
        var expected = new HashSet<(int, string, double, double, double)>();
        foreach (var item in AbidarItem.All)
            foreach (double m in Demands)
            {
                expected.Add(Key(item.Code, "B", m, 0, 0));
                foreach (string sc in new[] { "C", "D" })
                    foreach (double rt in TimeRatios)
                        foreach (double phi in AmProbabilities)
                            expected.Add(Key(item.Code, sc, m, rt, phi));
            }
        var seen = new HashSet<(int, string, double, double, double)>();
        foreach (var r in rows)
        {
            var key = Key(r.Item, r.Scenario, r.Demand, r.TimeRatio, r.AmProbability);
            string label = Describe(r);
            if (!expected.Contains(key)) throw new ArgumentException($"publishedValues: {path} line for paper L{r.Line} ({label}) is not a cell of Appendix C");
            if (!seen.Add(key)) throw new ArgumentException($"publishedValues: {path} has the cell {label} twice");
        }
        var missing = expected.Except(seen).ToList();
        if (missing.Count > 0)
        {
            var (i, s, m, rt, phi) = missing[0];
            throw new ArgumentException(FormattableString.Invariant(
                $"publishedValues: {path} has {rows.Count} rows, Appendix C {expected.Count}; {missing.Count} cells missing, e.g. item {i} {s} m={m}{(s == "B" ? "" : FormattableString.Invariant($" rt={rt} phi={phi}"))}"));
        }
    }

    /// <summary>"162 C m=10 rt=0.5 φ=0.9" (the baseline without rt and φ).</summary>
    public static string Describe(AppendixCRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Scenario == "B"
            ? FormattableString.Invariant($"{row.Item} B m={row.Demand}")
            : FormattableString.Invariant($"{row.Item} {row.Scenario} m={row.Demand} rt={row.TimeRatio} φ={row.AmProbability}");
    }
}
