using System.Diagnostics;
using System.Globalization;
using SpareSim.Analytics.LifeCycleCost;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Studies.DualSourcingValidation;
using SpareSim.Experiments.Studies.LeadTimeInsensitivity;

namespace SpareSim.Experiments.Studies.LifeCycleCost;

/// <summary>
/// The study behind <c>experiments/lcc-des-validation.json</c>: the checkable claims of spec ch2
/// §3.6 by simulating life cycles through the supply-network model (lost-sales stock point):
/// emergency fraction vs Erlang B for lead-time laws of equal mean; simulated C^x(S) vs the
/// analytic cost over a sweep of S, and the simulated argmin vs S*; K_1 by paired (CRN) regular and
/// AM runs; and, as a model-error study, per-unit renewal with wear-out lifetimes against the
/// Poisson assumption. Writes summary.parquet and report.md.
/// </summary>
public static class DesValidationStudy
{
    /// <summary>The value of <c>"study"</c>.</summary>
    public const string Name = "lcc-des-validation";

    /// <summary>The summary's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["check", "technology", "lead_time_law", "lifetime_law", "base_stock", "replications", "analytic", "sim_mean", "ci_low", "ci_high", "covered"];

    /// <summary>Runs the study.</summary>
    public static async Task<int> RunAsync(DesValidationOptions options, string commandLine, TextWriter log, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        Directory.CreateDirectory(options.Output);
        var sw = Stopwatch.StartNew();
        var convention = options.Convention.ToConvention();
        var model = new LifeCycleCostModel(convention);
        var regular = options.Regular();
        var additive = options.Additive();
        int sR = model.OptimalStock(regular), sA = model.OptimalStock(additive);
        var runner = new HorizonRunner(options);
        var rows = new List<SummaryRow>();
        var first = options.LeadTimes[0];

        // 1. Emergency fraction = Erlang B, for every lead-time law of the same mean (insensitivity).
        foreach (var law in options.LeadTimes)
            foreach (int s in options.LossStocks.Append(sR).Distinct())
            {
                var (f, e) = runner.Run(runner.Blueprint(s, regular.LeadTime, law, null), options.LossReplications, options.WarmUp, cancellation);
                rows.Add(Row("emergency_fraction", "R", law, null, s, ErlangLoss.Probability(s, regular.Load), Ratio(e, f)));
                log.WriteLine(Inv($"{Name}: loss {law.Family} S = {s} done, {sw.Elapsed.TotalSeconds:F0} s"));
            }

        // 2. C^R(S) over S* ± w with CRN; the simulated argmin and the paired differences to S*.
        var costs = new Dictionary<int, double[]>();
        for (int s = Math.Max(0, sR - options.SweepHalfWidth); s <= sR + options.SweepHalfWidth; s++)
        {
            var (f, e) = runner.Run(runner.Blueprint(s, regular.LeadTime, first, null), options.CostReplications, options.WarmUp, cancellation);
            costs[s] = Cost(model, regular, s, f, e);
            rows.Add(Row("cost", "R", first, null, s, model.Cost(regular, s).Total, ConfidenceInterval.FromSample(costs[s])));
        }
        foreach (var (s, c) in costs.Where(kv => kv.Key != sR))
            rows.Add(Row("cost_minus_cost_at_s_star", "R", first, null, s, model.Cost(regular, s).Total - model.Cost(regular, sR).Total, PairedDifference.Of(c, costs[sR]).ConfidenceInterval));
        int argmin = costs.MinBy(kv => kv.Value.Average()).Key;
        log.WriteLine(Inv($"{Name}: cost sweep done (simulated argmin {argmin}, S* = {sR}), {sw.Elapsed.TotalSeconds:F0} s"));

        // 3. K_1 = Ĉ^R(τ^R) − Ĉ^A(τ^R): the AM design at its S*, same failures (CRN), paired with the regular runs at S^{R*}.
        var (fa, ea) = runner.Run(runner.Blueprint(sA, additive.LeadTime, first, null), options.CostReplications, options.WarmUp, cancellation);
        var costA = Cost(model, additive, sA, fa, ea);
        rows.Add(Row("cost", "A", first, null, sA, model.Cost(additive, sA).Total, ConfidenceInterval.FromSample(costA)));
        double k1 = new BreakEvenAnalysis(regular, additive, convention).K1;
        rows.Add(Row("k1", "R-A", first, null, sR, k1, PairedDifference.Of(costs[sR], costA).ConfidenceInterval));

        // 4. The Poisson assumption: N renewal units, all new at t = 0 (no warm-up), lifetimes of mean τ.
        foreach (var life in options.Lifetimes)
            foreach (int s in options.WearOutStocks)
            {
                var (f, e) = runner.Run(runner.Blueprint(s, regular.LeadTime, first, life), options.WearOutReplications, 0, cancellation);
                rows.Add(Row("wearout_emergency_fraction", "R", first, life, s, ErlangLoss.Probability(s, regular.Load), Ratio(e, f)));
                rows.Add(Row("wearout_failures", "R", first, life, s, regular.ExpectedFailures, ConfidenceInterval.FromSample(f)));
                log.WriteLine(Inv($"{Name}: wear-out {life.Family} S = {s} done, {sw.Elapsed.TotalSeconds:F0} s"));
            }

        var metadata = StudyProvenance.For(Name, options, options.MasterSeed, commandLine);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "summary.parquet"), Columns, rows, new HashSet<string> { "base_stock", "replications" }, metadata);
        DesValidationReport.Write(options, rows, sR, sA, argmin, convention, sw.Elapsed, commandLine);
        log.WriteLine($"{Name}: wrote {Path.Combine(options.Output, "report.md")}");
        return 0;
    }

    /// <summary>Per-replication life-cycle cost C^x(S) from the counted failures D and emergencies E (spec §3.2 ledger).</summary>
    public static double[] Cost(LifeCycleCostModel model, ComponentDesign d, int stock, double[] failures, double[] emergencies)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(failures);
        ArgumentNullException.ThrowIfNull(emergencies);
        var c = model.Convention;
        double fixedCost = d.UnitCost * d.InstalledBase + (c.IncludeInitialStockPurchase ? d.UnitCost * stock : 0) + d.HoldingRate * d.UnitCost * d.Horizon * stock;
        double perFailure = d.RepairCost + (c.ChargePartCostPerFailure ? d.UnitCost : 0);
        return failures.Select((n, r) => fixedCost + perFailure * n + (d.EmergencyCost - d.RepairCost) * emergencies[r]).ToArray();
    }

    // g is estimated by the ratio of sums ΣE/ΣD (the mean of per-replication ratios has an O(1/D)
    // bias); its interval is the delta-method one, from the per-replication residuals E − g·D.
    private static ConfidenceInterval Ratio(double[] emergencies, double[] failures)
    {
        double r = emergencies.Sum() / failures.Sum();
        double meanF = failures.Average();
        var residuals = emergencies.Select((e, i) => (e - r * failures[i]) / meanF).ToArray();
        var ci = ConfidenceInterval.FromSample(residuals);
        return ci with { Mean = r };
    }

    private static SummaryRow Row(string check, string technology, LawOptions law, LawOptions? lifetime, int stock, double analytic, ConfidenceInterval ci)
    {
        var row = new SummaryRow();
        row.Texts["check"] = check;
        row.Texts["technology"] = technology;
        row.Texts["lead_time_law"] = Inv($"{law.Family} (cv {law.Cv})");
        row.Texts["lifetime_law"] = lifetime is null ? "poisson" : Inv($"{lifetime.Family} (cv {lifetime.Cv})");
        row.Numbers["base_stock"] = stock;
        row.Numbers["replications"] = ci.Count;
        row.Numbers["analytic"] = analytic;
        row.Numbers["sim_mean"] = ci.Mean;
        row.Numbers["ci_low"] = ci.Low;
        row.Numbers["ci_high"] = ci.High;
        row.Numbers["covered"] = ci.Contains(analytic) ? 1 : 0;
        return row;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
