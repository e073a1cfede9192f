using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using SpareSim.Analytics.DualSourcing;
using SpareSim.Core.Random;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Models.InstalledBaseSourcing;
using SpareSim.Models.Sourcing;

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

    /// <summary>Simulates one instance under its analytical optimal policy; one row of the summary.</summary>
    public static SummaryRow RunInstance(string name, int item, DualSourcingInstance instance, DualSourcingValidationOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        var optimum = new DualSourcingOptimizer().Optimize(instance).Optimal;
        var controller = AnalyticPolicyAdapter.ToController(optimum.Policy());
        var configuration = AnalyticPolicyAdapter.ToConfiguration(instance, optimum.BaseStock, "exponential", 1, "exponential", 1,
            AnalyticPolicyAdapter.TypicalStart(optimum));
        var runs = new SourcingMeasures[options.Replications];
        Parallel.For(0, options.Replications, new ParallelOptions { MaxDegreeOfParallelism = options.DegreeOfParallelism, CancellationToken = cancellation }, r =>
            runs[r] = SourcingSimulation.Run(configuration, controller, new RandomStreams(options.MasterSeed, r), options.WarmUp, options.RunLength));

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
        n["replications"] = options.Replications;
        var cost = optimum.Cost;
        var total = ConfidenceInterval.FromSample(runs.Select(m => m.TotalCost).ToArray());
        n["analytic_cost"] = optimum.TotalCost;
        n["sim_mean_cost"] = total.Mean;
        n["sim_ci_low"] = total.Low;
        n["sim_ci_high"] = total.High;
        n["covered"] = total.Contains(optimum.TotalCost) ? 1 : 0;
        double[] analytic = [cost.Purchase, cost.Maintenance, cost.Holding, cost.Backorder];
        Func<SourcingMeasures, double>[] measured = [m => m.PurchaseCost, m => m.MaintenanceCost, m => m.HoldingCost, m => m.BackorderCost];
        for (int c = 0; c < Components.Length; c++)
        {
            var ci = ConfidenceInterval.FromSample(runs.Select(measured[c]).ToArray());
            n[$"analytic_{Components[c]}"] = analytic[c];
            n[$"sim_mean_{Components[c]}"] = ci.Mean;
            n[$"sim_ci_low_{Components[c]}"] = ci.Low;
            n[$"sim_ci_high_{Components[c]}"] = ci.High;
            n[$"covered_{Components[c]}"] = ci.Contains(analytic[c]) ? 1 : 0;
        }
        n["sim_availability"] = runs.Average(m => m.Availability);
        n["sim_fill_rate"] = runs.Average(m => m.FillRate);
        n["sim_order_share_am"] = runs.Average(m => m.OrderRateAm / (m.OrderRateAm + m.OrderRateCm));
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

    /// <summary>Runs the study; progress goes to <paramref name="log"/>. Returns the coverage of the total cost.</summary>
    public static async Task<double> RunAsync(DualSourcingValidationOptions options, string commandLine, TextWriter log, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        options.Validate();
        Directory.CreateDirectory(options.Output);
        var sw = Stopwatch.StartNew();
        var rows = new List<SummaryRow>();
        foreach (var (name, item, instance) in Table2Grid.Select(options.Instances, options.SelectionSeed))
        {
            cancellation.ThrowIfCancellationRequested();
            rows.Add(RunInstance(name, item, instance, options, cancellation));
            log.WriteLine(Inv($"dual-sourcing-validation: {rows.Count}/{options.Instances} instances, {sw.Elapsed.TotalSeconds:F0} s"));
        }
        var metadata = StudyProvenance.For("dual-sourcing-validation", options, options.MasterSeed, commandLine);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "summary.parquet"), Columns, rows,
            new HashSet<string> { "item", "k", "base_stock", "replications", "covered", "covered_purchase", "covered_maintenance", "covered_holding", "covered_backorder" }, metadata);
        ValidationReport.Write(options, rows, sw.Elapsed, commandLine);
        return rows.Average(r => r.Numbers["covered"]);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
