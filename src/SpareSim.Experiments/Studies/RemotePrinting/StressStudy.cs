using System.Diagnostics;
using System.Globalization;
using SpareSim.Analytics.RemotePrinting;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Studies.DualSourcingValidation;
using SpareSim.Models.RemotePrinting;

namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>
/// The study behind <c>experiments/remote-printing-stress.json</c>: the chapter's optimal policy
/// (computed for the MDP) run unchanged in scenarios the MDP cannot model — late and cancelled
/// convoys, a printer that breaks down, fails prints or has a nightly capacity, raw material that
/// runs out — and how much is recovered by a larger base stock alone (safety stock) or by a
/// re-optimized base stock, threshold and overdue rule, and what restoring the chapter's own
/// availability costs; candidates are found by a simulation grid search on separate seeds and
/// then evaluated with common random numbers against the chapter's policy.
/// Writes scenarios.parquet, cost-by-scenario.png, report.md.
/// </summary>
public static class StressStudy
{
    /// <summary>Columns of scenarios.parquet.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "scenario", "policy_kind", "policy", "base_stock", "print_threshold", "print_while_overdue", "sim_mean_cost_per_day", "sim_ci_low", "sim_ci_high",
        "availability", "availability_ci_low", "availability_ci_high", "time_average_availability", "prints_per_day", "unmet_print_requests_per_day",
        "difference_vs_chapter", "difference_ci_low", "difference_ci_high", "analytic_cost_chapter_model",
    ];

    /// <summary>Binds and validates the options.</summary>
    public static StressOptions LoadOptions(string experimentFile, IEnumerable<string> overrides)
    {
        var options = StudyOptionsLoader.Load<StressOptions>(experimentFile, overrides, typeof(SiteOptions), typeof(StressScenarioOptions));
        options.Validate();
        return options;
    }

    /// <summary>Runs the study.</summary>
    public static async Task RunAsync(StressOptions options, string commandLine, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        options.Validate();
        Directory.CreateDirectory(options.Output);
        var sw = Stopwatch.StartNew();
        var x = options.Site.ToInstance();
        int l = x.CycleLength;
        var optimum = RemoteSiteOptimizer.Optimize(x, CostCriterion.Discounted);
        var chapter = new StressPolicy(optimum.BaseStock, optimum.Policy.Emergency.PrintThresholdPeriod, false);
        var exact = CycleEvaluator.Evaluate(x, optimum.Policy);
        double analytic = exact.AverageCostPerPeriod, analyticAvailability = exact.Availability;
        var site = RemotePolicyAdapter.ToConfiguration(x);
        var rows = new List<SummaryRow>();
        foreach (var scenario in options.Scenarios)
        {
            var c = scenario.Apply(site);
            var grid = SearchRuns(c, options, Grid(options, chapter.PrintThreshold));
            var safety = grid.Where(t => t.Policy.PrintThreshold == chapter.PrintThreshold && !t.Policy.PrintWhileOverdue).MinBy(t => t.Cost).Policy;
            var reoptimized = grid.MinBy(t => t.Cost).Policy;
            // The cheapest policy that keeps the availability the chapter's policy has in its own model.
            var meeting = grid.Where(t => t.Availability >= analyticAvailability).ToList();
            var restoring = meeting.Count > 0 ? meeting.MinBy(t => t.Cost).Policy : grid.MaxBy(t => t.Availability).Policy;
            var chapterRuns = Evaluate(c, chapter, options);
            foreach (var (kind, policy) in new[] { ("chapter", chapter), ("safety stock", safety), ("re-optimized", reoptimized), ("availability restored", restoring) })
            {
                var runs = kind == "chapter" ? chapterRuns : Evaluate(c, policy, options);
                rows.Add(Row(scenario.Name, kind, policy, l, runs, chapterRuns, analytic));
            }
            log.WriteLine(Inv($"remote-printing-stress: {scenario.Name} done, {sw.Elapsed.TotalSeconds:F0} s"));
        }
        var metadata = StudyProvenance.For("remote-printing-stress", options, options.MasterSeed, commandLine);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "scenarios.parquet"), Columns, rows,
            new HashSet<string> { "base_stock", "print_threshold", "print_while_overdue" }, metadata);
        StressReport.Write(options, chapter, analytic, analyticAvailability, rows, sw.Elapsed, commandLine);
    }

    // The chapter's threshold is always in the grid, so the safety-stock policy exists.
    private static IEnumerable<StressPolicy> Grid(StressOptions options, int chapterThreshold) =>
        from s in options.BaseStocks.Distinct()
        from t in options.PrintThresholds.Append(chapterThreshold).Distinct()
        from overdue in new[] { false, true }
        select new StressPolicy(s, t, overdue);

    // Every candidate's mean simulated cost and availability on the search seeds (the same streams for all: common random numbers).
    private static List<(StressPolicy Policy, double Cost, double Availability)> SearchRuns(RemoteSiteConfiguration c, StressOptions options, IEnumerable<StressPolicy> candidates) =>
        candidates.Select(p =>
        {
            var runs = RemoteReplications.Run(c, p.Controller(c.CycleLength), options.SearchSeed, options.SearchReplications, 0, options.SearchDays, options.DegreeOfParallelism);
            return (p, runs.Average(m => m.CostPerDay), runs.Average(m => m.Availability));
        }).ToList();

    private static RemoteSiteMeasures[] Evaluate(RemoteSiteConfiguration c, StressPolicy policy, StressOptions options) =>
        RemoteReplications.Run(c, policy.Controller(c.CycleLength), options.MasterSeed, options.Replications, 0, options.Days, options.DegreeOfParallelism);

    private static SummaryRow Row(string scenario, string kind, StressPolicy policy, int cycleLength, RemoteSiteMeasures[] runs, RemoteSiteMeasures[] chapter, double analytic)
    {
        var cost = ConfidenceInterval.FromSample(runs.Select(m => m.CostPerDay).ToArray());
        var availability = ConfidenceInterval.FromSample(runs.Select(m => m.Availability).ToArray());
        var difference = ConfidenceInterval.FromSample(runs.Zip(chapter, (a, b) => a.CostPerDay - b.CostPerDay).ToArray());
        var row = new SummaryRow();
        row.Texts["scenario"] = scenario;
        row.Texts["policy_kind"] = kind;
        row.Texts["policy"] = policy.Describe(cycleLength);
        var n = row.Numbers;
        n["base_stock"] = policy.BaseStock;
        n["print_threshold"] = Math.Min(policy.PrintThreshold, cycleLength);
        n["print_while_overdue"] = policy.PrintWhileOverdue ? 1 : 0;
        n["sim_mean_cost_per_day"] = cost.Mean;
        n["sim_ci_low"] = cost.Low;
        n["sim_ci_high"] = cost.High;
        n["availability"] = availability.Mean;
        n["availability_ci_low"] = availability.Low;
        n["availability_ci_high"] = availability.High;
        n["time_average_availability"] = runs.Average(m => m.TimeAverageAvailability);
        n["prints_per_day"] = runs.Average(m => m.PrintsPerDay);
        n["unmet_print_requests_per_day"] = runs.Average(m => m.UnmetPrintRequestsPerDay);
        n["difference_vs_chapter"] = difference.Mean;
        n["difference_ci_low"] = difference.Low;
        n["difference_ci_high"] = difference.High;
        n["analytic_cost_chapter_model"] = analytic;
        return row;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
