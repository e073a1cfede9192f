using System.Diagnostics;
using System.Globalization;
using SpareSim.Analytics.PreventiveMaintenance;
using SpareSim.Core.Random;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Studies.DualSourcingValidation;
using SpareSim.Models.Maintenance;

namespace SpareSim.Experiments.Studies.PreventiveMaintenance;

/// <summary>
/// Simulated against analytic cost rates (spec A.11): at the three optima and at the experiment's
/// off-optimal vectors, R independent replications of N renewal cycles each, with the same streams
/// (seed, replication) at every point, i.e. common random numbers across policies. Each replication
/// gives the regenerative ratio estimate with its delta-method error; the replications give a
/// t-interval. Writes summary.parquet, replications.parquet and report.md.
/// </summary>
public static class PmValidationStudy
{
    private static readonly string[] Components = ["printing", "failure", "downtime", "holding"];

    /// <summary>Runs the study; returns 0.</summary>
    public static async Task<int> RunAsync(PmValidationOptions options, string commandLine, TextWriter log, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var sw = Stopwatch.StartNew();
        var instance = options.Instance.ToInstance();
        var model = new PmCostModel(instance);
        var optima = new PmOptimizer(model).OptimizeAll();
        var points = optima.Select(o => ("optimum", o.Policy, o.Decision))
            .Concat(options.Points.Select(p => ("off-optimum", PmPolicyNames.Parse(p.Policy, "policy"), new PmDecision(p.Tr, p.Tb, p.Tp)))).ToList();
        var rows = new List<SummaryRow>();
        var repRows = new List<SummaryRow>();
        var costs = new List<double[]>();
        foreach (var (kind, policy, decision) in points)
        {
            cancellation.ThrowIfCancellationRequested();
            var config = PmSimulationMapping.ToConfiguration(instance, policy, decision, options.EarlyFailureResponse, options.ChargeEarlyFailure);
            var runs = new MaintenanceMeasures[options.Replications];
            Parallel.For(0, options.Replications, new ParallelOptions { MaxDegreeOfParallelism = options.DegreeOfParallelism, CancellationToken = cancellation },
                r => runs[r] = MaintenanceSimulation.Run(config, new RandomStreams(options.MasterSeed, r), options.Cycles));
            var analytic = model.Evaluate(policy, decision);
            rows.Add(Row(kind, policy, decision, analytic, runs));
            costs.Add(runs.Select(m => m.CostRate).ToArray());
            for (int r = 0; r < runs.Length; r++)
            {
                var rr = new SummaryRow();
                rr.Texts["policy"] = PmPolicyNames.Short(policy);
                rr.Texts["decision"] = decision.Format(policy);
                rr.Numbers["replication"] = r;
                rr.Numbers["cost_rate"] = runs[r].CostRate;
                rr.Numbers["delta_se"] = runs[r].CostRateStandardError;
                rr.Numbers["cycles"] = runs[r].Cycles;
                repRows.Add(rr);
            }
            log.WriteLine(Inv($"{options.Name}: {PmPolicyNames.Short(policy)} {decision.Format(policy)} done, {sw.Elapsed.TotalSeconds:F0} s"));
        }
        // Common random numbers: the policies' differences at their optima, paired by replication.
        var pairs = new List<(string Label, double Analytic, PairedDifference Paired, ConfidenceInterval Unpaired)>();
        foreach (var (x, y) in new[] { (1, 0), (2, 0), (2, 1) })
        {
            var paired = PairedDifference.Of(costs[x], costs[y]);
            var unpaired = UnpairedDifference.Of(costs[x], costs[y]).ConfidenceInterval;
            pairs.Add(($"{PmPolicyNames.Short(optima[x].Policy)} − {PmPolicyNames.Short(optima[y].Policy)}", optima[x].CostRate - optima[y].CostRate, paired, unpaired));
        }
        Directory.CreateDirectory(options.Output);
        var metadata = StudyProvenance.For(options.Name, options, options.MasterSeed, commandLine);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "summary.parquet"), Columns, rows, new HashSet<string> { "replications" }, metadata);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "replications.parquet"), ["policy", "decision", "replication", "cost_rate", "delta_se", "cycles"],
            repRows, new HashSet<string> { "replication", "cycles" }, metadata);
        PmValidationReport.Write(options, instance, rows, pairs, commandLine, sw.Elapsed);
        log.WriteLine(Inv($"{options.Name}: written to {options.Output}, {sw.Elapsed.TotalSeconds:F0} s"));
        return 0;
    }

    /// <summary>The summary's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "kind", "policy", "decision", "t_r", "t_b", "t_p", "replications", "cycles_per_replication", "analytic", "mean", "ci_low", "ci_high", "covered",
        "pooled_delta_low", "pooled_delta_high", "replications_covering",
        .. Components.SelectMany(c => new[] { $"analytic_{c}", $"mean_{c}", $"half_width_{c}" }),
        "analytic_availability", "availability", "printed_fraction", "prints_per_day", "printed_failures_before_regular_per_print", "regular_failures_before_spare_per_cycle",
    ];

    private static SummaryRow Row(string kind, PmPolicy policy, PmDecision decision, PmCycle analytic, MaintenanceMeasures[] runs)
    {
        var row = new SummaryRow();
        row.Texts["kind"] = kind;
        row.Texts["policy"] = PmPolicyNames.Short(policy);
        row.Texts["decision"] = decision.Format(policy);
        var n = row.Numbers;
        (n["t_r"], n["t_b"], n["t_p"]) = (decision.ReplacementAge, decision.PrintThreshold, decision.PrintedReplacementAge);
        n["replications"] = runs.Length;
        n["cycles_per_replication"] = runs[0].Cycles;
        n["analytic"] = analytic.CostRate;
        var ci = ConfidenceInterval.FromSample(runs.Select(m => m.CostRate).ToArray());
        (n["mean"], n["ci_low"], n["ci_high"]) = (ci.Mean, ci.Low, ci.High);
        n["covered"] = ci.Contains(analytic.CostRate) ? 1 : 0;
        // All cycles pooled: the replications' delta-method errors combine as independent estimates.
        double pooledSe = Math.Sqrt(runs.Sum(m => m.CostRateStandardError * m.CostRateStandardError)) / runs.Length;
        (n["pooled_delta_low"], n["pooled_delta_high"]) = (ci.Mean - 1.96 * pooledSe, ci.Mean + 1.96 * pooledSe);
        n["replications_covering"] = runs.Count(m => Math.Abs(m.CostRate - analytic.CostRate) <= 1.96 * m.CostRateStandardError);
        double[] analyticComponents = [analytic.Printing, analytic.Failure, analytic.Downtime, analytic.Holding];
        for (int c = 0; c < Components.Length; c++)
        {
            var cc = ConfidenceInterval.FromSample(runs.Select(m => m.Rates[Components[c]]).ToArray());
            n[$"analytic_{Components[c]}"] = analyticComponents[c] / analytic.Length;
            n[$"mean_{Components[c]}"] = cc.Mean;
            n[$"half_width_{Components[c]}"] = cc.HalfWidth;
        }
        n["analytic_availability"] = analytic.Availability;
        n["availability"] = runs.Average(m => m.Availability);
        n["printed_fraction"] = runs.Average(m => m.PrintedFraction);
        n["prints_per_day"] = runs.Average(m => m.PrintsPerDay);
        double prints = runs.Sum(m => m.PrintsPerDay * m.Days);
        n["printed_failures_before_regular_per_print"] = prints == 0 ? 0 : runs.Sum(m => m.PrintedFailuresBeforeRegular) / prints;
        n["regular_failures_before_spare_per_cycle"] = runs.Sum(m => m.RegularFailuresBeforeSpare) / (double)runs.Sum(m => m.Cycles);
        return row;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
