using System.Diagnostics;
using System.Globalization;
using SpareSim.Analytics.RemotePrinting;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Studies.DualSourcingValidation;

namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>
/// The study behind <c>experiments/remote-printing-table31.json</c>: the Table 3.1 instance under
/// the chapter's optimal policy, two alternatives and the expediting variant; each policy's exact
/// long-run cost per day against its simulated mean with a 95% t interval, the full MDP as a check
/// on the closed-form policy, and the optimal action by day and state (Figs. 3.3 and 3.6).
/// Writes policies.parquet, fig33-optimal-actions.png, fig36-optimal-actions-expediting.png, report.md.
/// </summary>
public static class Table31Study
{
    /// <summary>The columns of policies.parquet.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "policy", "base_stock", "print_threshold", "expedite_threshold", "analytic_cost_per_day", "sim_mean_cost_per_day", "sim_ci_low", "sim_ci_high",
        "covered", "analytic_discounted_value", "analytic_backorders_per_day", "sim_backorders_per_day", "analytic_prints_per_day", "sim_prints_per_day",
        "analytic_expedites_per_day", "sim_expedites_per_day", "sim_availability", "replications", "days",
    ];

    /// <summary>Binds and validates the options.</summary>
    public static Table31Options LoadOptions(string experimentFile, IEnumerable<string> overrides)
    {
        var options = StudyOptionsLoader.Load<Table31Options>(experimentFile, overrides, typeof(SiteOptions));
        options.Validate();
        return options;
    }

    /// <summary>The policies compared: name, instance (with or without expediting), policy.</summary>
    public static IReadOnlyList<(string Name, RemoteSiteInstance Instance, RemoteSitePolicy Policy)> Policies(Table31Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var x = options.Site.ToInstance();
        var optimum = RemoteSiteOptimizer.Optimize(x, CostCriterion.Discounted);
        var single = RemoteSiteOptimizer.Optimize(SourcingStrategies.Restrict(x, SourcingStrategy.SingleSourcing), CostCriterion.Discounted);
        var expediting = x with { ExpediteCost = options.ExpediteCost };
        var triple = RemoteSiteOptimizer.Optimize(expediting, CostCriterion.Discounted);
        return
        [
            ($"optimal: S*={optimum.BaseStock}, print from n={optimum.Policy.Emergency.PrintThresholdPeriod}", x, optimum.Policy),
            ($"S={single.BaseStock}, no printing", SourcingStrategies.Restrict(x, SourcingStrategy.SingleSourcing), single.Policy),
            ($"S=0, print from n={optimum.Policy.Emergency.PrintThresholdPeriod}", x, optimum.Policy with { BaseStock = 0 }),
            ($"expediting c_e={options.ExpediteCost.ToString(CultureInfo.InvariantCulture)}: S*={triple.BaseStock}, {triple.Policy.Emergency.Describe()}", expediting, triple.Policy),
        ];
    }

    /// <summary>Runs the study; returns the number of policies whose interval misses the analytical cost.</summary>
    public static async Task<int> RunAsync(Table31Options options, string commandLine, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        options.Validate();
        Directory.CreateDirectory(options.Output);
        var sw = Stopwatch.StartNew();
        var rows = new List<SummaryRow>();
        foreach (var (name, instance, policy) in Policies(options))
        {
            rows.Add(Row(name, instance, policy, options));
            log.WriteLine(Inv($"remote-printing-table31: {rows.Count}/4 policies, {sw.Elapsed.TotalSeconds:F0} s"));
        }
        var x = options.Site.ToInstance();
        var mdp = RemoteSiteMdp.Solve(x, CostCriterion.Discounted);
        var mdpExpediting = RemoteSiteMdp.Solve(x with { ExpediteCost = options.ExpediteCost }, CostCriterion.Discounted);
        var mdpAverage = RemoteSiteMdp.Solve(x, CostCriterion.AveragePerPeriod);
        PolicyActionFigure.Save(Path.Combine(options.Output, "fig33-optimal-actions.png"), mdp, "Optimal action by period and state (Table 3.1 instance, full MDP)");
        PolicyActionFigure.Save(Path.Combine(options.Output, "fig36-optimal-actions-expediting.png"), mdpExpediting,
            Inv($"Optimal action with expediting, c_e = {options.ExpediteCost} (full MDP)"));
        var metadata = StudyProvenance.For("remote-printing-table31", options, options.MasterSeed, commandLine);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "policies.parquet"), Columns, rows,
            new HashSet<string> { "base_stock", "print_threshold", "expedite_threshold", "covered", "replications", "days" }, metadata);
        Table31Report.Write(options, rows, mdp, mdpExpediting, mdpAverage, sw.Elapsed, commandLine);
        return rows.Count(r => r.Numbers["covered"] == 0);
    }

    private static SummaryRow Row(string name, RemoteSiteInstance instance, RemoteSitePolicy policy, Table31Options options)
    {
        var analytic = CycleEvaluator.Evaluate(instance, policy);
        var runs = RemoteReplications.Run(RemotePolicyAdapter.ToConfiguration(instance), RemotePolicyAdapter.ToController(policy),
            options.MasterSeed, options.Replications, 0, options.Days, options.DegreeOfParallelism);
        var cost = ConfidenceInterval.FromSample(runs.Select(m => m.CostPerDay).ToArray());
        var row = new SummaryRow();
        row.Texts["policy"] = name;
        var n = row.Numbers;
        n["base_stock"] = policy.BaseStock;
        n["print_threshold"] = policy.Emergency.PrintThresholdPeriod;
        n["expedite_threshold"] = policy.Emergency.ExpediteThresholdPeriod;
        n["analytic_cost_per_day"] = analytic.AverageCostPerPeriod;
        n["sim_mean_cost_per_day"] = cost.Mean;
        n["sim_ci_low"] = cost.Low;
        n["sim_ci_high"] = cost.High;
        n["covered"] = cost.Contains(analytic.AverageCostPerPeriod) ? 1 : 0;
        n["analytic_discounted_value"] = analytic.DiscountedCost;
        n["analytic_backorders_per_day"] = analytic.BackordersPerPeriod;
        n["sim_backorders_per_day"] = runs.Average(m => m.BackordersPerDay);
        n["analytic_prints_per_day"] = analytic.PrintsPerPeriod;
        n["sim_prints_per_day"] = runs.Average(m => m.PrintsPerDay);
        n["analytic_expedites_per_day"] = analytic.ExpeditesPerPeriod;
        n["sim_expedites_per_day"] = runs.Average(m => m.ExpeditesPerDay);
        n["sim_availability"] = runs.Average(m => m.Availability);
        n["replications"] = options.Replications;
        n["days"] = options.Days;
        return row;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
