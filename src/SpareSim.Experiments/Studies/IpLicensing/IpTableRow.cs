using SpareSim.Analytics.IpLicensing;

namespace SpareSim.Experiments.Studies.IpLicensing;

/// <summary>A row of Tables 5.3/5.4 computed over a subset of instances: mean π⁺, η (both readings), H and the configuration fractions.</summary>
public sealed record IpTableRow(string Subset, double Level, int Count, double ProfitRatio, double Extraction, double ExtractionLiteral, double Efficiency,
    IReadOnlyDictionary<SupplyChainConfiguration, double> Fractions)
{
    /// <summary>The row of <paramref name="results"/>.</summary>
    public static IpTableRow Of(string subset, double level, IReadOnlyList<IpInstanceResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var metrics = results.Select(r => r.Metrics).ToList();
        var fractions = SupplyChainConfigurations.All.ToDictionary(c => c, c => results.Count(r => r.Configuration == c) / (double)results.Count);
        return new IpTableRow(subset, level, results.Count, metrics.Average(m => m.ProfitRatio), metrics.Average(m => m.Extraction),
            metrics.Average(m => m.ExtractionLiteral), metrics.Average(m => m.Efficiency), fractions);
    }

    /// <summary>Every factor's level rows, then "All".</summary>
    public static List<IpTableRow> Table(IReadOnlyList<IpInstanceResult> results)
    {
        var rows = new List<IpTableRow>();
        foreach (var f in IpFactor.All)
        {
            var levels = results.Select(r => f.Level(r.Instance)).Distinct().Order().ToList();
            if (levels.Count < 2 && f.Label == "z") continue;
            foreach (double level in levels) rows.Add(Of(f.Label, level, results.Where(r => f.Level(r.Instance) == level).ToList()));
        }
        rows.Add(Of("All", double.NaN, results));
        return rows;
    }
}
