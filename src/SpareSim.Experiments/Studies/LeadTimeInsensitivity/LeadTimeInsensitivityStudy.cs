using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using SpareSim.Analytics.DualSourcing;
using SpareSim.Core.Random;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Models.InstalledBaseSourcing;
using SpareSim.Experiments.Studies.DualSourcingValidation;
using SpareSim.Models.Sourcing;

namespace SpareSim.Experiments.Studies.LeadTimeInsensitivity;

/// <summary>
/// The study behind <c>experiments/leadtime-insensitivity.json</c> (and the wear-out variants):
/// each instance's dual-sourcing policy is optimized under exponential lead times and lifetimes,
/// then simulated unchanged with lead times of the same means but other laws (deterministic,
/// Erlang, exponential, lognormal, hyperexponential) and, optionally, non-exponential lifetimes.
/// Every law reuses the same seeds (common random numbers), so the paired difference to the
/// exponential reference gets its own, narrower interval. Writes summary.parquet, a plot of cost
/// against the lead-time CV with error bars, and report.md.
/// </summary>
public static class LeadTimeInsensitivityStudy
{
    private static readonly string[] Components = ["purchase", "maintenance", "holding", "backorder"];

    /// <summary>Binds the experiment file plus command-line overrides; unknown keys are errors.</summary>
    public static LeadTimeInsensitivityOptions LoadOptions(string experimentFile, IEnumerable<string> overrides)
    {
        // An instance's and a law's fields are the nested keys.
        var options = StudyOptionsLoader.Load<LeadTimeInsensitivityOptions>(experimentFile, overrides, typeof(InstanceOptions), typeof(LawOptions));
        options.Validate();
        return options;
    }

    /// <summary>The summary rows of one instance: one per lead-time law.</summary>
    public static IReadOnlyList<SummaryRow> RunInstance(InstanceOptions instanceOptions, LeadTimeInsensitivityOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(instanceOptions);
        ArgumentNullException.ThrowIfNull(options);
        var instance = instanceOptions.ToInstance();
        var optimum = new DualSourcingOptimizer().Optimize(instance).Optimal;
        var controller = AnalyticPolicyAdapter.ToController(optimum.Policy());
        var start = AnalyticPolicyAdapter.TypicalStart(optimum);
        var results = new List<SourcingMeasures[]>();
        foreach (var law in options.LeadTimes)
        {
            var configuration = AnalyticPolicyAdapter.ToConfiguration(instance, optimum.BaseStock, options.Failures.Family, options.Failures.Cv, law.Family, law.Cv, start);
            var runs = new SourcingMeasures[options.Replications];
            Parallel.For(0, options.Replications, new ParallelOptions { MaxDegreeOfParallelism = options.DegreeOfParallelism, CancellationToken = cancellation }, r =>
                runs[r] = SourcingSimulation.Run(configuration, controller, new RandomStreams(options.MasterSeed, r), options.WarmUp, options.RunLength));
            results.Add(runs);
        }
        int reference = options.LeadTimes.FindIndex(l => string.Equals(l.Family, "exponential", StringComparison.OrdinalIgnoreCase));
        if (reference < 0) reference = 0;
        var referenceTotals = results[reference].Select(m => m.TotalCost).ToArray();
        var rows = new List<SummaryRow>();
        for (int v = 0; v < options.LeadTimes.Count; v++)
        {
            var runs = results[v];
            var row = new SummaryRow();
            row.Texts["instance"] = instanceOptions.Name;
            row.Texts["lead_time_distribution"] = options.LeadTimes[v].Family.ToLowerInvariant();
            row.Texts["failure_distribution"] = options.Failures.Family.ToLowerInvariant();
            row.Texts["reference_distribution"] = options.LeadTimes[reference].Family.ToLowerInvariant();
            var n = row.Numbers;
            n["lead_time_cv"] = options.LeadTimes[v].Cv;
            n["failure_cv"] = options.Failures.Cv;
            n["base_stock"] = optimum.BaseStock;
            n["replications"] = options.Replications;
            n["analytic_cost"] = optimum.TotalCost;
            var totals = runs.Select(m => m.TotalCost).ToArray();
            var ci = ConfidenceInterval.FromSample(totals);
            n["mean_cost"] = ci.Mean;
            n["ci_low"] = ci.Low;
            n["ci_high"] = ci.High;
            if (v == reference)
            {
                n["diff_vs_reference"] = 0;
                n["diff_ci_low"] = 0;
                n["diff_ci_high"] = 0;
            }
            else
            {
                var diff = PairedDifference.Of(totals, referenceTotals).ConfidenceInterval;
                n["diff_vs_reference"] = diff.Mean;
                n["diff_ci_low"] = diff.Low;
                n["diff_ci_high"] = diff.High;
            }
            Func<SourcingMeasures, double>[] measured = [m => m.PurchaseCost, m => m.MaintenanceCost, m => m.HoldingCost, m => m.BackorderCost];
            double[] analytic = [optimum.Cost.Purchase, optimum.Cost.Maintenance, optimum.Cost.Holding, optimum.Cost.Backorder];
            for (int c = 0; c < Components.Length; c++)
            {
                n[$"analytic_{Components[c]}"] = analytic[c];
                var cc = ConfidenceInterval.FromSample(runs.Select(measured[c]).ToArray());
                n[$"mean_{Components[c]}"] = cc.Mean;
                n[$"ci_low_{Components[c]}"] = cc.Low;
                n[$"ci_high_{Components[c]}"] = cc.High;
            }
            n["availability"] = runs.Average(m => m.Availability);
            n["fill_rate"] = runs.Average(m => m.FillRate);
            n["order_share_am"] = runs.Average(m => m.OrderRateAm / (m.OrderRateAm + m.OrderRateCm));
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>The summary's columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "instance", "lead_time_distribution", "lead_time_cv", "mean_cost", "ci_low", "ci_high", "failure_distribution", "failure_cv",
        "base_stock", "replications", "analytic_cost", "reference_distribution", "diff_vs_reference", "diff_ci_low", "diff_ci_high",
        .. Components.SelectMany(c => new[] { $"analytic_{c}", $"mean_{c}", $"ci_low_{c}", $"ci_high_{c}" }),
        "availability", "fill_rate", "order_share_am",
    ];

    /// <summary>Runs the study; progress goes to <paramref name="log"/>.</summary>
    public static async Task RunAsync(LeadTimeInsensitivityOptions options, string commandLine, TextWriter log, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        options.Validate();
        Directory.CreateDirectory(options.Output);
        var sw = Stopwatch.StartNew();
        var rows = new List<SummaryRow>();
        foreach (var instance in options.Instances)
        {
            cancellation.ThrowIfCancellationRequested();
            rows.AddRange(RunInstance(instance, options, cancellation));
            log.WriteLine(Inv($"{options.Name}: instance {instance.Name} done, {sw.Elapsed.TotalSeconds:F0} s"));
        }
        var metadata = StudyProvenance.For(options.Name, options, options.MasterSeed, commandLine);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "summary.parquet"), Columns, rows,
            new HashSet<string> { "base_stock", "replications" }, metadata);
        InsensitivityReport.Write(options, rows, sw.Elapsed, commandLine);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
