using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MathNet.Numerics.Distributions;
using SpareSim.Analytics.IpLicensing;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Studies.DualSourcingValidation;

namespace SpareSim.Experiments.Studies.IpLicensing;

/// <summary>
/// The simulation study of thesis chapter 5 (<c>experiments/ip-licensing-simulation.json</c>, spec
/// B.9): each buyer's (s, Q) system with Poisson demand and deterministic lead time on the
/// supply-network engine, through the experiment runner (resumable, shardable). Part 1: λ × β ×
/// channel at Table 5.1's prices — the normal-approximation cost of spec B.4 against the simulated
/// cost (error per λ with CIs), the exact Poisson (s, Q) cost as the simulation's independent check,
/// realised fill rate and cycle service level against β. Part 2: Lemma 5.3 by paired simulation —
/// one buyer under fee F̄(r) and royalty r, all royalties on the same demands; the OEM's ledger
/// (fee + royalties) and the value the royalty destroys (the rise of the buyer's cost net of
/// transfers). Writes validation.parquet, lemma-5-3.parquet, formula-error.png and report.md.
/// </summary>
public static class IpSimulationStudy
{
    /// <summary>The study's name.</summary>
    public const string Name = "ip-licensing-simulation";

    /// <summary>A scenario of the study: its policy, and for the Lemma 5.3 part its royalty.</summary>
    public sealed record Case(string Name, BuyerPolicy Policy, bool Lemma);

    /// <summary>The study's scenarios, validation first.</summary>
    public static List<Case> Cases(IpSimulationOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        o.Validate();
        var cases = new List<Case>();
        foreach (double rate in o.Rates)
        foreach (double beta in o.ServiceLevels)
        {
            var m = IpLicenceMarket.Table51(o.PrintPrice, Normal.InvCDF(0, 1, beta));
            cases.Add(new Case(BuyerModelFile.Name($"T lambda={rate:G6} beta={beta:G6}"), BuyerPolicy.Traditional(m, rate), false));
            cases.Add(new Case(BuyerModelFile.Name($"A lambda={rate:G6} beta={beta:G6}"), BuyerPolicy.Licensed(m, rate, 0, 0), false));
        }
        var lm = IpLicenceMarket.Table51(o.PrintPrice, o.LemmaSafetyFactor);
        for (int k = 0; k < o.LemmaRoyalties.Count; k++)
        {
            double r = o.LemmaRoyalties[k], fee = lm.MaxFee(o.LemmaRate, r);
            cases.Add(new Case(BuyerModelFile.Name($"lemma r={r:G6}"), BuyerPolicy.Licensed(lm, o.LemmaRate, fee, r), true));
        }
        return cases;
    }

    /// <summary>Runs the study; returns the share of validation scenarios whose simulated cost CI covers the exact Poisson cost, or null after a shard.</summary>
    public static async Task<double?> RunAsync(IpSimulationOptions options, string commandLine, StudyContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        options.Validate();
        var sw = Stopwatch.StartNew();
        var cases = Cases(options);
        Directory.CreateDirectory(options.Output);
        string modelFile = Path.Combine(options.Output, "buyer.network.json");
        var market = IpLicenceMarket.Table51(options.PrintPrice);
        string text = BuyerModelFile.Build(market.TraditionalLeadTime, market.PrintLeadTime, market.HoldingRate).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        StudySimulation.WriteAtomically(modelFile, text);
        var experiment = new JsonObject
        {
            ["Name"] = Name + "-simulation",
            ["Description"] = "The simulation part of the ip-licensing-simulation study: chapter-5 buyers under (s, Q), traditional and licence channels, and the Lemma 5.3 royalties, on common demands.",
            ["Model"] = "supply-network",
            ["ModelFile"] = modelFile,
            ["Replications"] = options.Replications,
            ["RunLength"] = options.RunLength,
            ["WarmUp"] = options.WarmUp,
            ["MasterSeed"] = options.MasterSeed,
            ["Scenarios"] = new JsonArray(cases.Select(c => (JsonNode)BuyerModelFile.Scenario(c.Name, c.Policy)).ToArray()),
            ["PrimaryMeasure"] = "cost_purchase",
        };
        var simulated = await StudySimulation.RunAsync(experiment, options.Output, context with { Threads = options.DegreeOfParallelism });
        if (simulated is null) return null;

        var runs = cases.Select((c, i) => new BuyerRuns(c.Policy, m => simulated.Values(i, m))).ToList();
        var validation = cases.Select((c, i) => (c, runs[i])).Where(x => !x.c.Lemma).Select(x => ValidationRow(x.c, x.Item2)).ToList();
        var surplus = SurplusRows(cases, runs);
        var lemma = cases.Select((c, i) => (c, runs[i])).Where(x => x.c.Lemma).ToList();
        var lemmaRows = lemma.Select(x => LemmaRow(x.c, x.Item2, lemma[0].Item2)).ToList();
        var metadata = StudyProvenance.For(Name, options, options.MasterSeed, commandLine);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "validation.parquet"), ValidationColumns, validation, new HashSet<string> { "s", "q", "exact_covered" }, metadata);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "lemma-5-3.parquet"), LemmaColumns, lemmaRows, new HashSet<string> { "s", "q" }, metadata);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "surplus.parquet"), SurplusColumns, surplus, new HashSet<string> { "formula_licenses" }, metadata);
        IpSimulationReport.Write(options, validation, surplus, lemmaRows, commandLine, sw.Elapsed);
        context.Log.WriteLine(Inv($"{Name}: written to {options.Output}, {sw.Elapsed.TotalSeconds:F1} s"));
        return validation.Average(r => r.Numbers["exact_covered"]);
    }

    /// <summary>The validation summary's columns.</summary>
    public static IReadOnlyList<string> ValidationColumns { get; } =
    [
        "scenario", "channel", "lambda", "beta", "z", "s", "q", "unit_value", "formula_cost", "exact_cost", "sim_cost", "sim_cost_low", "sim_cost_high", "exact_covered",
        "formula_error", "formula_error_low", "formula_error_high", "sim_fill_rate", "sim_fill_rate_low", "sim_fill_rate_high", "exact_fill_rate",
        "sim_cycle_service", "sim_cycle_service_low", "sim_cycle_service_high", "exact_cycle_service", "sim_on_hand_holding", "sim_orders_per_year", "sim_backorders", "exact_backorders",
        "sim_oem_profit", "sim_oem_profit_low", "sim_oem_profit_high", "formula_oem_profit",
    ];

    /// <summary>The surplus summary's columns: Δ(λ, 0, 0) = C_T − C_A per (λ, β), by formula, exactly and by paired simulation, and the channel each picks.</summary>
    public static IReadOnlyList<string> SurplusColumns { get; } =
    [
        "lambda", "beta", "formula_surplus", "exact_surplus", "sim_surplus", "sim_surplus_low", "sim_surplus_high", "formula_licenses", "sim_choice",
    ];

    /// <summary>The Lemma 5.3 summary's columns.</summary>
    public static IReadOnlyList<string> LemmaColumns { get; } =
    [
        "scenario", "royalty", "fee", "s", "q", "formula_cost", "exact_cost", "sim_cost", "sim_cost_low", "sim_cost_high",
        "sim_oem_profit", "sim_oem_profit_low", "sim_oem_profit_high", "formula_oem_profit", "oem_profit_change", "oem_profit_change_low", "oem_profit_change_high",
        "value_destroyed", "value_destroyed_low", "value_destroyed_high", "formula_value_destroyed",
    ];

    private static SummaryRow ValidationRow(Case c, BuyerRuns runs)
    {
        var p = c.Policy;
        var exact = p.Exact;
        var row = new SummaryRow();
        row.Texts["scenario"] = c.Name;
        row.Texts["channel"] = p.Channel;
        var n = row.Numbers;
        (n["lambda"], n["beta"], n["z"], n["s"], n["q"], n["unit_value"]) = (p.Rate, p.ServiceTarget, p.SafetyFactor, p.ReorderPoint, p.Quantity, p.UnitValue);
        n["formula_cost"] = p.FormulaCost;
        n["exact_cost"] = p.ExactCost;
        var cost = ConfidenceInterval.FromSample(runs.Cost);
        (n["sim_cost"], n["sim_cost_low"], n["sim_cost_high"]) = (cost.Mean, cost.Low, cost.High);
        n["exact_covered"] = cost.Contains(p.ExactCost) ? 1 : 0;
        var error = ConfidenceInterval.FromSample(runs.Cost.Select(x => (p.FormulaCost - x) / x).ToArray());
        (n["formula_error"], n["formula_error_low"], n["formula_error_high"]) = (error.Mean, error.Low, error.High);
        var fill = ConfidenceInterval.FromSample(runs.Values("fill_rate_" + BuyerModelFile.StockPoint));
        (n["sim_fill_rate"], n["sim_fill_rate_low"], n["sim_fill_rate_high"], n["exact_fill_rate"]) = (fill.Mean, fill.Low, fill.High, exact.FillRate);
        var csl = ConfidenceInterval.FromSample(runs.CycleServiceLevel);
        (n["sim_cycle_service"], n["sim_cycle_service_low"], n["sim_cycle_service_high"], n["exact_cycle_service"]) = (csl.Mean, csl.Low, csl.High, exact.CycleServiceLevel);
        n["sim_on_hand_holding"] = runs.Values("cost_holding").Average();
        n["sim_orders_per_year"] = runs.Values("replenishment_rate_" + BuyerModelFile.StockPoint).Average();
        n["sim_backorders"] = runs.Values("backorders_" + BuyerModelFile.StockPoint).Average();
        n["exact_backorders"] = exact.Backorders;
        var oem = ConfidenceInterval.FromSample(runs.OemProfit);
        (n["sim_oem_profit"], n["sim_oem_profit_low"], n["sim_oem_profit_high"], n["formula_oem_profit"]) = (oem.Mean, oem.Low, oem.High, p.Fee + p.OemMargin * p.Rate);
        return row;
    }

    // Cases come in pairs (T, A) per (λ, β), on the same demands: Δ is a paired difference.
    private static List<SummaryRow> SurplusRows(IReadOnlyList<Case> cases, IReadOnlyList<BuyerRuns> runs)
    {
        var rows = new List<SummaryRow>();
        for (int i = 0; i + 1 < cases.Count && !cases[i].Lemma; i += 2)
        {
            BuyerPolicy t = cases[i].Policy, a = cases[i + 1].Policy;
            var d = PairedDifference.Of(runs[i].Cost, runs[i + 1].Cost).ConfidenceInterval;
            var row = new SummaryRow();
            var n = row.Numbers;
            (n["lambda"], n["beta"], n["formula_surplus"], n["exact_surplus"]) = (t.Rate, t.ServiceTarget, t.FormulaCost - a.FormulaCost, t.ExactCost - a.ExactCost);
            (n["sim_surplus"], n["sim_surplus_low"], n["sim_surplus_high"]) = (d.Mean, d.Low, d.High);
            n["formula_licenses"] = t.FormulaCost >= a.FormulaCost ? 1 : 0;
            row.Texts["sim_choice"] = d.Low >= 0 ? "licence" : d.High < 0 ? "traditional" : "undecided";
            rows.Add(row);
        }
        return rows;
    }

    private static SummaryRow LemmaRow(Case c, BuyerRuns runs, BuyerRuns reference)
    {
        var p = c.Policy;
        var row = new SummaryRow();
        row.Texts["scenario"] = c.Name;
        var n = row.Numbers;
        (n["royalty"], n["fee"], n["s"], n["q"], n["formula_cost"], n["exact_cost"]) = (p.Royalty, p.Fee, p.ReorderPoint, p.Quantity, p.FormulaCost, p.ExactCost);
        var cost = ConfidenceInterval.FromSample(runs.Cost);
        (n["sim_cost"], n["sim_cost_low"], n["sim_cost_high"]) = (cost.Mean, cost.Low, cost.High);
        var profit = ConfidenceInterval.FromSample(runs.OemProfit);
        (n["sim_oem_profit"], n["sim_oem_profit_low"], n["sim_oem_profit_high"]) = (profit.Mean, profit.Low, profit.High);
        n["formula_oem_profit"] = IpLicenceMarket.LicenceProfit(p.Rate, p.Fee, p.Royalty);
        var change = PairedDifference.Of(runs.OemProfit, reference.OemProfit).ConfidenceInterval;
        (n["oem_profit_change"], n["oem_profit_change_low"], n["oem_profit_change_high"]) = (change.Mean, change.Low, change.High);
        var destroyed = PairedDifference.Of(runs.CostNetOfTransfers, reference.CostNetOfTransfers).ConfidenceInterval;
        (n["value_destroyed"], n["value_destroyed_low"], n["value_destroyed_high"]) = (destroyed.Mean, destroyed.Low, destroyed.High);
        var rp = reference.Policy;
        n["formula_value_destroyed"] = (p.FormulaCost - p.Fee - p.Rate * p.Royalty) - (rp.FormulaCost - rp.Fee - rp.Rate * rp.Royalty);
        return row;
    }

    /// <summary>A scenario's replications and the per-replication quantities derived from the network's measures.</summary>
    private sealed class BuyerRuns
    {
        public BuyerRuns(BuyerPolicy policy, Func<string, double[]> values)
        {
            Policy = policy;
            Values = values;
            string sp = BuyerModelFile.StockPoint;
            double[] onHand = values("on_hand_" + sp), pipeline = values("pipeline_" + sp), orders = values("replenishment_rate_" + sp);
            double[] purchase = values("cost_purchase"), units = values("order_rate_" + sp), stockouts = values("stockout_rate_" + sp);
            Cost = onHand.Select((_, r) => policy.SimulatedCost(onHand[r], pipeline[r], orders[r], purchase[r])).ToArray();
            CycleServiceLevel = orders.Select((o, r) => 1 - stockouts[r] / o).ToArray();
            OemProfit = units.Select(policy.OemProfit).ToArray();
            CostNetOfTransfers = Cost.Select((x, r) => x - policy.Fee - policy.Royalty * units[r]).ToArray();
        }

        public BuyerPolicy Policy { get; }

        public Func<string, double[]> Values { get; }

        public double[] Cost { get; }

        public double[] CycleServiceLevel { get; }

        public double[] OemProfit { get; }

        public double[] CostNetOfTransfers { get; }
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
