using SpareSim.Analytics.RemotePrinting;
using SpareSim.Experiments.Studies.DualSourcingValidation;

namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>Table 3.3 (strategies vs single sourcing) and the Section 3.6.4 scenarios, aggregated over parts.</summary>
public static class MaliComparison
{
    /// <summary>Columns of comparison.parquet.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "strategy", "parts", "annual_cost_total", "savings", "savings_percent", "base_stock_total", "base_stock_reduction", "base_stock_reduction_percent",
        "backorders_per_day_total", "downtime_reduction_percent",
    ];

    /// <summary>Columns of scenarios.parquet.</summary>
    public static IReadOnlyList<string> ScenarioColumns { get; } = ["scenario", "single_sourcing_total", "printing_total", "savings_percent", "reported_savings_percent"];

    /// <summary>One row per strategy, totals over <paramref name="parts"/>, savings against single sourcing.</summary>
    public static IReadOnlyList<SummaryRow> Rows(IReadOnlyList<MaliPartResult> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        double single = parts.Sum(p => p.Single.Best.AnnualizedExcessCost);
        int singleStock = parts.Sum(p => p.Single.BaseStock);
        double singleDown = parts.Sum(p => p.Single.Best.BackordersPerPeriod);
        return Enum.GetValues<SourcingStrategy>().Select(s =>
        {
            double cost = parts.Sum(p => p.ByStrategy[s].Best.AnnualizedExcessCost);
            int stock = parts.Sum(p => p.ByStrategy[s].BaseStock);
            double down = parts.Sum(p => p.ByStrategy[s].Best.BackordersPerPeriod);
            var row = new SummaryRow();
            row.Texts["strategy"] = Name(s);
            var n = row.Numbers;
            n["parts"] = parts.Count;
            n["annual_cost_total"] = cost;
            n["savings"] = single - cost;
            n["savings_percent"] = 100 * (single - cost) / single;
            n["base_stock_total"] = stock;
            n["base_stock_reduction"] = singleStock - stock;
            n["base_stock_reduction_percent"] = 100.0 * (singleStock - stock) / singleStock;
            n["backorders_per_day_total"] = down;
            n["downtime_reduction_percent"] = 100 * (singleDown - down) / singleDown;
            return row;
        }).ToList();
    }

    /// <summary>The Section 3.6.4 scenarios re-optimized over <paramref name="parts"/>: relative savings of printing.</summary>
    public static IReadOnlyList<SummaryRow> Scenarios(MaliCaseModel model, IReadOnlyList<MaliPartResult> parts, double expeditePremium)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(parts);
        var scenarios = new (string Name, double Reported, Func<RemoteSiteInstance, RemoteSiteInstance> Change)[]
        {
            ("base case", 58, x => x),
            ("(a) printing cost halved", 76, x => x with { PrintCost = x.PrintCost / 2 }),
            ("(b) installed base doubled", 47, x => x with { InstalledBase = 2 * x.InstalledBase }),
            ("(c) p_p halved (5 p_r)", double.NaN, x => x with { PrintedFailureProbability = x.PrintedFailureProbability / 2 }),
            ("(c') p_p = p_r / 2 (literal reading)", double.NaN, x => x with { PrintedFailureProbability = x.RegularFailureProbability / 2 }),
        };
        return scenarios.Select(sc =>
        {
            double single = 0, printing = 0;
            foreach (var p in parts)
            {
                var x = sc.Change(p.Instance);
                single += RemoteSiteOptimizer.Optimize(SourcingStrategies.Restrict(x, SourcingStrategy.SingleSourcing), CostCriterion.Discounted).Best.AnnualizedExcessCost;
                printing += RemoteSiteOptimizer.Optimize(x, CostCriterion.Discounted).Best.AnnualizedExcessCost;
            }
            var row = new SummaryRow();
            row.Texts["scenario"] = sc.Name;
            row.Numbers["single_sourcing_total"] = single;
            row.Numbers["printing_total"] = printing;
            row.Numbers["savings_percent"] = 100 * (single - printing) / single;
            row.Numbers["reported_savings_percent"] = sc.Reported;
            return row;
        }).ToList();
    }

    /// <summary>The table's name of a strategy.</summary>
    public static string Name(SourcingStrategy strategy) => strategy switch
    {
        SourcingStrategy.SingleSourcing => "single sourcing",
        SourcingStrategy.Printing => "printing",
        SourcingStrategy.Expediting => "expediting",
        _ => "triple sourcing",
    };
}
