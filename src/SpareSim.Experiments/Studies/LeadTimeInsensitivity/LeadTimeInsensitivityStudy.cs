using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using SpareSim.Analytics.DualSourcing;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Models.InstalledBaseSourcing;
using SpareSim.Experiments.Studies.DualSourcingValidation;

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

    /// <summary>The scenario name of an instance under a lead-time law.</summary>
    private static string ScenarioName(InstanceOptions instance, LawOptions law) =>
        Inv($"{instance.Name}-{law.Family.ToLowerInvariant()}-cv{law.Cv:R}");

    /// <summary>The summary rows of one instance (one per lead-time law); <paramref name="runs"/> gives a law's replications of a measure.</summary>
    public static IReadOnlyList<SummaryRow> Rows(InstanceOptions instanceOptions, DualSourcingSolution optimum, LeadTimeInsensitivityOptions options, Func<int, string, double[]> runs)
    {
        ArgumentNullException.ThrowIfNull(instanceOptions);
        ArgumentNullException.ThrowIfNull(optimum);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(runs);
        int reference = options.LeadTimes.FindIndex(l => string.Equals(l.Family, "exponential", StringComparison.OrdinalIgnoreCase));
        if (reference < 0) reference = 0;
        var referenceTotals = runs(reference, "cost_total");
        var rows = new List<SummaryRow>();
        for (int v = 0; v < options.LeadTimes.Count; v++)
        {
            var row = new SummaryRow();
            row.Texts["instance"] = instanceOptions.Name;
            row.Texts["lead_time_distribution"] = options.LeadTimes[v].Family.ToLowerInvariant();
            row.Texts["failure_distribution"] = options.Failures.Family.ToLowerInvariant();
            row.Texts["reference_distribution"] = options.LeadTimes[reference].Family.ToLowerInvariant();
            var n = row.Numbers;
            n["lead_time_cv"] = options.LeadTimes[v].Cv;
            n["failure_cv"] = options.Failures.Cv;
            n["base_stock"] = optimum.BaseStock;
            var totals = runs(v, "cost_total");
            n["replications"] = totals.Length;
            n["analytic_cost"] = optimum.TotalCost;
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
            double[] analytic = [optimum.Cost.Purchase, optimum.Cost.Maintenance, optimum.Cost.Holding, optimum.Cost.Backorder];
            for (int c = 0; c < Components.Length; c++)
            {
                n[$"analytic_{Components[c]}"] = analytic[c];
                var cc = ConfidenceInterval.FromSample(runs(v, $"cost_{Components[c]}"));
                n[$"mean_{Components[c]}"] = cc.Mean;
                n[$"ci_low_{Components[c]}"] = cc.Low;
                n[$"ci_high_{Components[c]}"] = cc.High;
            }
            n["availability"] = runs(v, "availability").Average();
            n["fill_rate"] = runs(v, "fill_rate").Average();
            var cm = runs(v, "order_rate_cm");
            n["order_share_am"] = runs(v, "order_rate_am").Select((am, r) => am / (am + cm[r])).Average();
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

    /// <summary>
    /// Runs the study: each instance optimized analytically, then every (instance, law) simulated
    /// as one experiment of the installed-base model through the experiment runner (resumable,
    /// shardable, the same seeds for every law). Returns false when only a shard was run.
    /// </summary>
    public static async Task<bool> RunAsync(LeadTimeInsensitivityOptions options, string commandLine, StudyContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        options.Validate();
        var sw = Stopwatch.StartNew();
        var optimizer = new DualSourcingOptimizer();
        var optima = new DualSourcingSolution[options.Instances.Count];
        Parallel.For(0, optima.Length, new ParallelOptions { MaxDegreeOfParallelism = options.DegreeOfParallelism, CancellationToken = context.Cancellation },
            i => optima[i] = optimizer.Optimize(options.Instances[i].ToInstance()).Optimal);
        var scenarios = options.Instances.SelectMany((instance, i) => options.LeadTimes.Select(law =>
            InstalledBaseModel.Scenario(ScenarioName(instance, law), instance.ToInstance(), optima[i].BaseStock, "dual",
                new InstalledBaseNetwork.Laws(options.Failures.Family, options.Failures.Cv, law.Family, law.Cv))));
        var experiment = InstalledBaseModel.Experiment($"{options.Name}-simulation",
            "The simulation part of the lead-time insensitivity study: each instance's exponential-optimal policy under other lead-time laws of the same means.",
            scenarios, options.Replications, options.RunLength, options.WarmUp, options.MasterSeed);
        var simulated = await StudySimulation.RunAsync(experiment, options.Output, context with { Threads = options.DegreeOfParallelism });
        if (simulated is null) return false;

        int laws = options.LeadTimes.Count;
        var rows = options.Instances.SelectMany((instance, i) => Rows(instance, optima[i], options, (v, measure) => simulated.Values(i * laws + v, measure))).ToList();
        var metadata = StudyProvenance.For(options.Name, options, options.MasterSeed, commandLine);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "summary.parquet"), Columns, rows,
            new HashSet<string> { "base_stock", "replications" }, metadata);
        InsensitivityReport.Write(options, rows, sw.Elapsed, commandLine);
        return true;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
