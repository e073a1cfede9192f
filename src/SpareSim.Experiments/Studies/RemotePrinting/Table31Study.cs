using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpareSim.Analytics.RemotePrinting;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Models.RemoteSite;
using SpareSim.Experiments.Studies.DualSourcingValidation;

namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>
/// The study behind <c>experiments/remote-printing-table31.json</c>: the Table 3.1 instance under
/// the chapter's optimal policy, two alternatives and the expediting variant; each policy's exact
/// long-run cost per day against its simulated mean with a 95% t interval, the full MDP as a check
/// on the closed-form policy, and the optimal action by day and state (Figs. 3.3 and 3.6).
/// The simulation runs through the experiment runner: the site is written as a supply-network model
/// file (<c>remote-site.network.json</c>, see <see cref="RemoteSiteNetwork"/>), each policy is a
/// scenario that sets the base stock and thresholds by path, and <c>simulation.json</c> runs them
/// into <c>simulation/</c> (resumable, shardable).
/// Writes policies.parquet, fig33-optimal-actions.png, fig36-optimal-actions-expediting.png, report.md.
/// </summary>
public static class Table31Study
{
    /// <summary>The model file the study writes into its output folder.</summary>
    public const string ModelFileName = "remote-site.network.json";

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

    /// <summary>
    /// The simulation as an experiment of the supply-network model: one model file with a printer and
    /// an expedite source, one scenario per policy (a policy that neither prints nor expedites leaves
    /// both unused, so every instance of <see cref="Policies"/> is the one model file).
    /// </summary>
    public static JsonObject Experiment(Table31Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var policies = Policies(options);
        var x = options.Site.ToInstance() with { ExpediteCost = options.ExpediteCost };
        Directory.CreateDirectory(options.Output);
        string modelFile = Path.Combine(options.Output, ModelFileName);
        string text = RemoteSiteNetwork.Build(x, RemoteSitePolicyRule.From(policies[0].Policy)).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        StudySimulation.WriteAtomically(modelFile, text);
        return new JsonObject
        {
            ["Name"] = "remote-printing-table31-simulation",
            ["Description"] = "The simulation part of the Table 3.1 study: the remote site as a supply-network model file, one scenario per policy.",
            ["Model"] = "supply-network",
            ["ModelFile"] = modelFile,
            ["Replications"] = options.Replications,
            ["RunLength"] = options.Days,
            ["WarmUp"] = 0,
            ["MasterSeed"] = options.MasterSeed,
            ["Scenarios"] = new JsonArray(policies.Select(p => (JsonNode)RemoteSiteNetwork.Scenario(p.Name, RemoteSitePolicyRule.From(p.Policy), canExpedite: true)).ToArray()),
            ["PrimaryMeasure"] = "cost_total",
        };
    }

    /// <summary>Runs the study; returns the number of policies whose interval misses the analytical cost (−1 when only a shard was run).</summary>
    public static async Task<int> RunAsync(Table31Options options, string commandLine, StudyContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        options.Validate();
        var sw = Stopwatch.StartNew();
        var policies = Policies(options);
        var simulated = await StudySimulation.RunAsync(Experiment(options), options.Output, context with { Threads = options.DegreeOfParallelism });
        if (simulated is null) return -1;
        var rows = policies.Select((p, i) => Row(p.Name, p.Instance, p.Policy, options, (measure) => simulated.Values(i, measure))).ToList();
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
        context.Log.WriteLine(Inv($"remote-printing-table31: {rows.Count(r => r.Numbers["covered"] == 1)}/{rows.Count} intervals cover the exact cost, {sw.Elapsed.TotalSeconds:F0} s"));
        return rows.Count(r => r.Numbers["covered"] == 0);
    }

    private static SummaryRow Row(string name, RemoteSiteInstance instance, RemoteSitePolicy policy, Table31Options options, Func<string, double[]> runs)
    {
        const string sp = RemoteSiteNetwork.StockPointId;
        var analytic = CycleEvaluator.Evaluate(instance, policy);
        var cost = ConfidenceInterval.FromSample(runs("cost_total"));
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
        n["sim_backorders_per_day"] = runs("down_systems_period_end").Average();
        n["analytic_prints_per_day"] = analytic.PrintsPerPeriod;
        n["sim_prints_per_day"] = runs($"stopgap_print_rate_{sp}").Average();
        n["analytic_expedites_per_day"] = analytic.ExpeditesPerPeriod;
        n["sim_expedites_per_day"] = runs($"expedite_rate_{sp}").Average();
        n["sim_availability"] = runs("availability_period_end").Average();
        n["replications"] = options.Replications;
        n["days"] = options.Days;
        return row;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
