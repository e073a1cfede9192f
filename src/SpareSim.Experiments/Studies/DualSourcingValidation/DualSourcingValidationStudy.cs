using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using SpareSim.Analytics.DualSourcing;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Models.InstalledBaseSourcing;

namespace SpareSim.Experiments.Studies.DualSourcingValidation;

/// <summary>
/// The study behind <c>experiments/dual-sourcing-validation.json</c>: Table 2 instances, each
/// optimized analytically (optimal base stock and policy) and simulated under that policy table
/// with exponential lifetimes and lead times; the analytical long-run cost and each component are
/// compared with the replication mean and its 95% t interval. Writes summary.parquet,
/// simulated-vs-analytic.png and report.md.
/// </summary>
public static class DualSourcingValidationStudy
{
    /// <summary>The cost components compared (analytical name = measure name).</summary>
    public static readonly string[] Components = ["purchase", "maintenance", "holding", "backorder"];

    /// <summary>Binds the experiment file plus command-line overrides; unknown keys are errors.</summary>
    public static DualSourcingValidationOptions LoadOptions(string experimentFile, IEnumerable<string> overrides)
    {
        var options = StudyOptionsLoader.Load<DualSourcingValidationOptions>(experimentFile, overrides);
        options.Validate();
        return options;
    }

    /// <summary>One row of the summary: an instance's analytic optimum against its replications.</summary>
    public static SummaryRow Row(string name, int item, DualSourcingInstance instance, DualSourcingSolution optimum, Func<string, double[]> runs)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(optimum);
        ArgumentNullException.ThrowIfNull(runs);
        var row = new SummaryRow();
        row.Texts["instance"] = name;
        var n = row.Numbers;
        n["item"] = item;
        n["k"] = instance.InstalledBase;
        n["lambda_cm"] = instance.FailureRateCm;
        n["mu_cm"] = instance.SupplyRateCm;
        n["price_cm"] = instance.PriceCm;
        n["lambda_am"] = instance.FailureRateAm;
        n["mu_am"] = instance.SupplyRateAm;
        n["price_am"] = instance.PriceAm;
        n["backorder_cost"] = instance.BackorderCost;
        n["maintenance_cost"] = instance.MaintenanceCost;
        n["holding_rate"] = instance.HoldingRate;
        n["base_stock"] = optimum.BaseStock;
        var totals = runs("cost_total");
        n["replications"] = totals.Length;
        var cost = optimum.Cost;
        var total = ConfidenceInterval.FromSample(totals);
        n["analytic_cost"] = optimum.TotalCost;
        n["sim_mean_cost"] = total.Mean;
        n["sim_ci_low"] = total.Low;
        n["sim_ci_high"] = total.High;
        n["covered"] = total.Contains(optimum.TotalCost) ? 1 : 0;
        double[] analytic = [cost.Purchase, cost.Maintenance, cost.Holding, cost.Backorder];
        for (int c = 0; c < Components.Length; c++)
        {
            var ci = ConfidenceInterval.FromSample(runs($"cost_{Components[c]}"));
            n[$"analytic_{Components[c]}"] = analytic[c];
            n[$"sim_mean_{Components[c]}"] = ci.Mean;
            n[$"sim_ci_low_{Components[c]}"] = ci.Low;
            n[$"sim_ci_high_{Components[c]}"] = ci.High;
            n[$"covered_{Components[c]}"] = ci.Contains(analytic[c]) ? 1 : 0;
        }
        n["sim_availability"] = runs("availability").Average();
        n["sim_fill_rate"] = runs("fill_rate").Average();
        var cm = runs("order_rate_cm");
        n["sim_order_share_am"] = runs("order_rate_am").Select((am, r) => am / (am + cm[r])).Average();
        n["relative_half_width"] = total.RelativeHalfWidth;
        return row;
    }

    /// <summary>The summary's columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "instance", "item", "k", "lambda_cm", "mu_cm", "price_cm", "lambda_am", "mu_am", "price_am", "backorder_cost", "maintenance_cost",
        "holding_rate", "base_stock", "analytic_cost", "sim_mean_cost", "sim_ci_low", "sim_ci_high", "replications", "covered",
        .. Components.SelectMany(c => new[] { $"analytic_{c}", $"sim_mean_{c}", $"sim_ci_low_{c}", $"sim_ci_high_{c}", $"covered_{c}" }),
        "sim_availability", "sim_fill_rate", "sim_order_share_am", "relative_half_width",
    ];

    /// <summary>
    /// Runs the study: every instance optimized analytically, then all simulated under their
    /// optimal policies as one experiment of the installed-base model (through the experiment
    /// runner: resumable, shardable). Returns the coverage of the total cost, or null when only a
    /// shard of the simulation was run.
    /// </summary>
    public static async Task<double?> RunAsync(DualSourcingValidationOptions options, string commandLine, StudyContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        options.Validate();
        var sw = Stopwatch.StartNew();
        var instances = Table2Grid.Select(options.Instances, options.SelectionSeed).ToList();
        var optima = new DualSourcingSolution[instances.Count];
        var optimizer = new DualSourcingOptimizer();
        Parallel.For(0, instances.Count, new ParallelOptions { MaxDegreeOfParallelism = options.DegreeOfParallelism, CancellationToken = context.Cancellation },
            i => optima[i] = optimizer.Optimize(instances[i].Instance).Optimal);
        context.Log.WriteLine(Inv($"dual-sourcing-validation: {instances.Count} instances optimized, {sw.Elapsed.TotalSeconds:F0} s"));

        var scenarios = instances.Select((x, i) => InstalledBaseModel.Scenario(x.Name, x.Instance, optima[i].BaseStock, "dual", InstalledBaseNetwork.Laws.Exponential));
        var experiment = InstalledBaseModel.Experiment("dual-sourcing-validation-simulation",
            "The simulation part of the dual-sourcing validation study: each Table 2 instance under its analytic optimal policy.",
            scenarios, options.Replications, options.RunLength, options.WarmUp, options.MasterSeed);
        var simulated = await StudySimulation.RunAsync(experiment, options.Output, context with { Threads = options.DegreeOfParallelism });
        if (simulated is null) return null;

        var rows = instances.Select((x, i) => Row(x.Name, x.Item, x.Instance, optima[i], measure => simulated.Values(i, measure))).ToList();
        var metadata = StudyProvenance.For("dual-sourcing-validation", options, options.MasterSeed, commandLine);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "summary.parquet"), Columns, rows,
            new HashSet<string> { "item", "k", "base_stock", "replications", "covered", "covered_purchase", "covered_maintenance", "covered_holding", "covered_backorder" }, metadata);
        ValidationReport.Write(options, rows, sw.Elapsed, commandLine);
        return rows.Average(r => r.Numbers["covered"]);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
