using System.Globalization;
using System.Text;
using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Experiments.Studies.Knofius;

/// <summary>
/// The per-instance results of the factorial as CSV (invariant culture, round-trip doubles), with
/// the columns of <c>instances.parquet</c> plus the Fig. 5 depletion share and the error message.
/// Written atomically (temporary file, then rename).
/// </summary>
public static class KnofiusResultsCsv
{
    /// <summary>The column names, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "item", "k", "lambda_cm", "mu_cm", "cost_cm", "lambda_am", "mu_am", "cost_am", "backorder_cost", "maintenance_cost", "holding_rate",
        "cm_base_stock", "cm_cost", "cm_purchase", "cm_maintenance", "cm_holding", "cm_backorder",
        "am_base_stock", "am_cost", "am_purchase", "am_maintenance", "am_holding", "am_backorder",
        "dual_base_stock", "dual_cost", "dual_purchase", "dual_maintenance", "dual_holding", "dual_backorder",
        "dual_depleted_at_first_am_order", "error",
    ];

    /// <summary>Writes <paramref name="results"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<KnofiusInstanceResult> results)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', Columns)).Append('\n');
        foreach (var r in results)
        {
            var x = r.Point.Instance;
            var fields = new List<string>
            {
                I(r.Point.Item), I(x.InstalledBase), D(x.FailureRateCm), D(x.SupplyRateCm), D(x.PriceCm), D(x.FailureRateAm), D(x.SupplyRateAm),
                D(x.PriceAm), D(x.BackorderCost), D(x.MaintenanceCost), D(x.HoldingRate),
            };
            foreach (var (s, c) in new[] { (r.CmBaseStock, r.Cm), (r.AmBaseStock, r.Am), (r.DualBaseStock, r.Dual) })
                fields.AddRange([I(s), D(c.Total), D(c.Purchase), D(c.Maintenance), D(c.Holding), D(c.Backorder)]);
            fields.Add(D(r.DepletedAtFirstAmOrder));
            fields.Add(r.Error is null ? "" : "\"" + r.Error.Replace("\"", "'", StringComparison.Ordinal) + "\"");
            sb.Append(string.Join(',', fields)).Append('\n');
        }
        string tmp = path + ".tmp";
        File.WriteAllText(tmp, sb.ToString());
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>Reads rows written by <see cref="Write"/> as column name → value maps (doubles; NaN for empty).</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, double>> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != string.Join(',', Columns)) throw new FormatException($"{path}: unexpected header");
        var rows = new List<IReadOnlyDictionary<string, double>>();
        for (int l = 1; l < lines.Length; l++)
        {
            var f = lines[l].Split(',', Columns.Count);
            var row = new Dictionary<string, double>(StringComparer.Ordinal);
            for (int c = 0; c < Columns.Count - 1; c++)
                row[Columns[c]] = double.Parse(f[c], NumberStyles.Float, CultureInfo.InvariantCulture);
            row["error"] = f[^1].Length == 0 ? 0 : 1;
            rows.Add(row);
        }
        return rows;
    }

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
    private static string D(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
