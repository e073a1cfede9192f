using System.Diagnostics;
using System.Globalization;
using SpareSim.Analytics.MultiEchelon;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Studies.DualSourcingValidation;
using SpareSim.Experiments.Models.Echelon;

namespace SpareSim.Experiments.Studies.MultiEchelon;

/// <summary>One network to validate: analytic means, simulated laws and stocks.</summary>
/// <param name="Label">Case name.</param>
/// <param name="Item">Abidar item code, 0 for a model-file network.</param>
/// <param name="Scenario">B/C/D, empty for a model-file network.</param>
/// <param name="Demand">m, NaN for a model-file network.</param>
/// <param name="StockRule">"pipeline-mean", "fixed" or "model file".</param>
/// <param name="Spec">The network: analytic means, simulated laws, stocks.</param>
public sealed record ValidationCase(string Label, int Item, string Scenario, double Demand, string StockRule, EchelonSpec Spec)
{
    /// <summary>The analytic network.</summary>
    public EchelonNetwork Network => Spec.Network;
}

/// <summary>
/// The study behind <c>experiments/multi-echelon-validation.json</c>: METRIC and VARI-METRIC against
/// the simulation, per site, for Abidar's items and scenarios at low and high demand (and any network
/// given as a model file). Per site: simulated backorders with a 95% t interval over independent
/// replications, both approximations and their errors (level: central = the CMC's own customers,
/// central-requests = all requests waiting at the CMC, regional, system); plus two exact checks, the CMC's outstanding
/// requests (Palm) and the network pipeline N_sys (Little). Writes sites.parquet, report.md and
/// relative-error.png.
/// </summary>
public static class MultiEchelonValidationStudy
{
    /// <summary>Site label of the CMC's outstanding requests (own customers and RMC orders).</summary>
    public const string CentralRequests = "CMC requests (exact)";

    /// <summary>Site label of the network totals.</summary>
    public const string SystemSite = "system";

    /// <summary>The columns of sites.parquet.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "case", "item", "scenario", "demand", "time_ratio", "am_probability", "site", "level", "stock_rule", "stock",
        "sim_backorders", "sim_ci_low", "sim_ci_high", "metric_backorders", "vari_metric_backorders",
        "metric_error", "vari_metric_error", "metric_relative_error", "vari_metric_relative_error", "metric_covered", "vari_metric_covered",
        "sim_fill_rate", "metric_fill_rate", "vari_metric_fill_rate", "sim_pipeline_mean", "sim_pipeline_half_width", "analytic_pipeline_mean",
        "sim_pipeline_variance", "vari_metric_pipeline_variance", "replications", "run_length",
    ];

    private static readonly HashSet<string> IntegerColumns = ["item", "stock", "metric_covered", "vari_metric_covered", "replications"];

    /// <summary>Binds and validates the options.</summary>
    public static MultiEchelonValidationOptions LoadOptions(string experimentFile, IEnumerable<string> overrides)
    {
        var options = StudyOptionsLoader.Load<MultiEchelonValidationOptions>(experimentFile, overrides);
        options.Validate();
        _ = Cases(options);
        return options;
    }

    /// <summary>The cases of <paramref name="options"/>: Abidar grid first, then model files.</summary>
    public static IReadOnlyList<ValidationCase> Cases(MultiEchelonValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var cases = new List<ValidationCase>();
        foreach (int code in options.Items)
            foreach (double m in options.Demands)
                foreach (string sc in options.Scenarios)
                    foreach (string stockText in options.Stocks)
                    {
                        var scenario = AbidarNetworks.ParseScenario(sc);
                        var network = AbidarNetworks.Build(AbidarItem.ByCode(code), scenario, m, options.TimeRatio, options.AmProbability);
                        var given = MultiEchelonValidationOptions.ParseStocks(stockText);
                        var stocks = given ?? PipelineMeanStocks(network);
                        string code3 = AbidarNetworks.Code(scenario);
                        string label = Inv($"{code} m={m} {code3} s=({string.Join(",", stocks)})");
                        var spec = EchelonSpec.FromNetwork(label, network, stocks, options.RepairFamily, options.RepairCv, options.ShipFamily, options.ShipCv);
                        cases.Add(new ValidationCase(label, code, code3, m, given is null ? "pipeline-mean" : "fixed", spec));
                    }
        foreach (string path in options.Networks)
        {
            EchelonSpec model;
            try
            {
                model = EchelonDescriptionFile.Load(path);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"networks: {e.Message}");
            }
            cases.Add(new ValidationCase(Inv($"{model.Name} s=({string.Join(",", model.Stocks)})"), 0, "", double.NaN, "model file", model));
        }
        return cases;
    }

    /// <summary>Every site at the floor of its METRIC pipeline mean (the CMC first).</summary>
    public static int[] PipelineMeanStocks(EchelonNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        int s0 = (int)Math.Floor(network.CentralPipeline);
        var central = EchelonMetric.EvaluateCentral(network, s0);
        return network.Regions.Select((_, j) => (int)Math.Floor(EchelonMetric.RegionalPipeline(network, j, central).Mean)).Prepend(s0).ToArray();
    }

    /// <summary>
    /// Runs the study: every case's replications as one experiment of the echelon-network model,
    /// through the experiment runner (resumable, shardable). Returns 0, or null when only a shard
    /// of the simulation was run.
    /// </summary>
    public static async Task<int?> RunAsync(MultiEchelonValidationOptions options, string commandLine, StudyContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        options.Validate();
        var cases = Cases(options);
        Directory.CreateDirectory(options.Output);
        var sw = Stopwatch.StartNew();
        var experiment = EchelonExperiment.Build("multi-echelon-validation-simulation",
            "The simulation part of the multi-echelon validation study: every case's network on the network engine.",
            cases.Select(c => (c.Label, c.Spec)).ToList(), options.Output, options.Replications, options.FailuresPerReplication, options.WarmUpFraction, options.MasterSeed);
        var simulated = await StudySimulation.RunAsync(experiment, options.Output, context with { Threads = options.DegreeOfParallelism });
        if (simulated is null) return null;
        var rows = new List<SummaryRow>();
        for (int i = 0; i < cases.Count; i++)
        {
            int scenario = i;
            rows.AddRange(Rows(cases[i], measure => simulated.Values(scenario, measure), options));
        }
        var metadata = StudyProvenance.For("multi-echelon-validation", options, options.MasterSeed, commandLine);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "sites.parquet"), Columns, rows, IntegerColumns, metadata);
        MultiEchelonValidationReport.Write(options, rows, sw.Elapsed, commandLine);
        return 0;
    }

    private static IEnumerable<SummaryRow> Rows(ValidationCase c, Func<string, double[]> runs, MultiEchelonValidationOptions options)
    {
        var stocks = c.Spec.Stocks;
        var metric = EchelonMetric.Evaluate(c.Network, stocks);
        var vari = EchelonMetric.Evaluate(c.Network, stocks, PipelineApproximation.VariMetric);
        // The run length in the case's own time unit: the simulation runs in units of one network failure.
        double runLength = options.FailuresPerReplication / c.Spec.DemandRate;
        SummaryRow Row(string site, string level, int stock, string simulated, double m, double v, double simFill, double mFill, double vFill,
            string simPipe, double pipe, double simVar, double varVm)
        {
            var ci = ConfidenceInterval.FromSample(runs(simulated));
            var row = new SummaryRow();
            row.Texts["case"] = c.Label;
            row.Texts["scenario"] = c.Scenario;
            row.Texts["site"] = site;
            row.Texts["level"] = level;
            row.Texts["stock_rule"] = c.StockRule;
            var n = row.Numbers;
            n["item"] = c.Item;
            n["demand"] = c.Demand;
            n["time_ratio"] = c.Item == 0 ? double.NaN : options.TimeRatio;
            n["am_probability"] = c.Item == 0 ? double.NaN : options.AmProbability;
            n["stock"] = stock;
            n["sim_backorders"] = ci.Mean;
            n["sim_ci_low"] = ci.Low;
            n["sim_ci_high"] = ci.High;
            n["metric_backorders"] = m;
            n["vari_metric_backorders"] = v;
            n["metric_error"] = m - ci.Mean;
            n["vari_metric_error"] = v - ci.Mean;
            n["metric_relative_error"] = ci.Mean > 0 ? (m - ci.Mean) / ci.Mean : double.NaN;
            n["vari_metric_relative_error"] = ci.Mean > 0 ? (v - ci.Mean) / ci.Mean : double.NaN;
            n["metric_covered"] = ci.Contains(m) ? 1 : 0;
            n["vari_metric_covered"] = ci.Contains(v) ? 1 : 0;
            n["sim_fill_rate"] = simFill;
            n["metric_fill_rate"] = mFill;
            n["vari_metric_fill_rate"] = vFill;
            var pipeCi = ConfidenceInterval.FromSample(runs(simPipe));
            n["sim_pipeline_mean"] = pipeCi.Mean;
            n["sim_pipeline_half_width"] = pipeCi.HalfWidth;
            n["analytic_pipeline_mean"] = pipe;
            n["sim_pipeline_variance"] = simVar;
            n["vari_metric_pipeline_variance"] = varVm;
            n["replications"] = ci.Count;
            n["run_length"] = runLength;
            return row;
        }

        var central = metric.Central;
        double centralVariance = runs("central_pipeline_variance").Average();
        // METRIC's CMC customer backorders λ0·W0 and fill rate P(X0 < s0) are the same under both methods. The simulated
        // fill rate is over all CMC requests (own and RMC orders): Poisson arrivals see the same stock (PASTA).
        yield return Row(c.Network.Central.Name, "central", stocks[0], "central_backorders", central.CustomerBackorders, central.CustomerBackorders,
            runs("central_fill_rate").Average(), central.FillRate, central.FillRate, "central_pipeline", central.Pipeline, centralVariance, central.Pipeline);
        yield return Row(CentralRequests, "central-requests", stocks[0], "central_requests", central.Backorders, central.Backorders,
            double.NaN, double.NaN, double.NaN, "central_pipeline", central.Pipeline, centralVariance, central.Pipeline);
        for (int j = 0; j < c.Network.Regions.Count; j++)
        {
            string Of(string measure) => EchelonNetworkModel.RegionMeasure(j + 1, measure);
            yield return Row(c.Network.Regions[j].Name, "regional", stocks[j + 1], Of("backorders"), metric.Regions[j].Backorders, vari.Regions[j].Backorders,
                runs(Of("fill_rate")).Average(), metric.Regions[j].FillRate, vari.Regions[j].FillRate,
                Of("pipeline"), metric.Regions[j].PipelineMean, runs(Of("pipeline_variance")).Average(), vari.Regions[j].PipelineVariance);
        }
        double systemPipeline = central.Pipeline + metric.Regions.Sum(r => r.PipelineMean);
        yield return Row(SystemSite, "system", stocks.Sum(), "system_backorders", metric.SystemBackorders, vari.SystemBackorders,
            double.NaN, double.NaN, double.NaN, "system_pipeline", systemPipeline, double.NaN, double.NaN);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
