using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using SpareSim.Analytics.DualSourcing;
using SpareSim.Core.Distributions;
using SpareSim.Experiments.Simulation;
using SpareSim.Experiments.Models.SupplyNetwork;
using SpareSim.Models.Network.Controllers;
using SpareSim.Models.Network.Definition;
using SpareSim.Models.Network.Engine;
using SpareSim.Models.Network.File;

namespace SpareSim.Experiments.Models.InstalledBaseSourcing;

/// <summary>
/// The "installed-base" model: k systems supported by one stock point with a CM and an AM source
/// (Knofius et al. 2020), under single sourcing (cm, am), the analytical optimal dual-sourcing
/// policy (dual) or the dual-index rule (dual-index); lifetimes and lead times of any family with
/// the instance's means. Base stocks are the analytical optima unless fixed.
/// </summary>
public sealed class InstalledBaseModel : ISimulationModel
{
    private static readonly string[] Families = ["exponential", "deterministic", "erlang", "gamma", "weibull", "lognormal", "hyperexponential", "uniform", "truncatednormal"];
    private readonly ConcurrentDictionary<string, Lazy<PreparedScenario>> _prepared = new();

    /// <inheritdoc />
    public string Name => "installed-base";

    /// <inheritdoc />
    public string Description => "installed base with CM/AM sourcing (Knofius et al. 2020): single, optimal dual or dual-index policy";

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Number("k", "installed base size", 20, ParameterRule.PositiveInteger),
        ParameterSpec.Number("lambda_cm", "failure rate of a CM unit (per time unit)", 0.02, ParameterRule.Positive),
        ParameterSpec.Number("lambda_am", "failure rate of an AM unit", 0.035, ParameterRule.Positive),
        ParameterSpec.Number("mu_cm", "CM resupply rate (1 / mean lead time)", 0.5, ParameterRule.Positive),
        ParameterSpec.Number("mu_am", "AM resupply rate (1 / mean lead time)", 2, ParameterRule.Positive),
        ParameterSpec.Number("price_cm", "CM piece price", 10, ParameterRule.NonNegative),
        ParameterSpec.Number("price_am", "AM piece price", 20, ParameterRule.NonNegative),
        ParameterSpec.Number("backorder_cost", "cost per down system per time unit", 200, ParameterRule.NonNegative),
        ParameterSpec.Number("maintenance_cost", "cost per failure", 10, ParameterRule.NonNegative),
        ParameterSpec.Number("holding_rate", "holding cost per time unit, fraction of the piece price", 0.2, ParameterRule.NonNegative),
        ParameterSpec.Number("saving_am", "operational saving per installed AM unit per time unit", 0, ParameterRule.NonNegative),
        ParameterSpec.Choice("policy", "cm | am (single sourcing), dual (analytical optimum), dual-index", "dual", "cm", "am", "dual", "dual-index"),
        ParameterSpec.Choice("base_stock_mode", "optimal (analytical optimum of the policy) or fixed (base_stock)", "optimal", "optimal", "fixed"),
        ParameterSpec.Number("base_stock", "S when base_stock_mode = fixed", 0, ParameterRule.NonNegativeInteger),
        ParameterSpec.Number("dual_index_threshold", "dual-index: order AM when stock − backorders + AM pipeline − 1 is at or below this", 0, ParameterRule.Real),
        ParameterSpec.Choice("lead_time_family", "lead-time law of both sources (mean 1/mu)", "exponential", Families),
        ParameterSpec.Number("lead_time_cv", "coefficient of variation of the lead times", 1, ParameterRule.NonNegative),
        ParameterSpec.Choice("failure_family", "lifetime law of installed units (mean 1/lambda)", "exponential", Families),
        ParameterSpec.Number("failure_cv", "coefficient of variation of the lifetimes", 1, ParameterRule.NonNegative),
    ];

    /// <inheritdoc />
    public IReadOnlyList<string> Measures { get; } =
    [
        "cost_total", "cost_purchase", "cost_maintenance", "cost_holding", "cost_backorder", "savings_operational",
        "availability", "mean_backorders", "fill_rate", "order_rate_cm", "order_rate_am", "failure_rate",
        "mean_installed_am", "mean_stock_cm", "mean_stock_am", "base_stock_used", "analytic_cost_total",
    ];

    /// <inheritdoc />
    /// <remarks>Knofius et al. (2020) give rates per month; so do this model's defaults and experiments.</remarks>
    public string TimeUnit => "month";

    /// <inheritdoc />
    public IReadOnlyCollection<string> IntegerMeasures { get; } = ["base_stock_used"];

    /// <inheritdoc />
    public string? MeasureUnit(string measure) => measure switch
    {
        "mean_backorders" => "systems down (time average)",
        "mean_installed_am" or "mean_stock_cm" or "mean_stock_am" => "units (time average)",
        "base_stock_used" => "units",
        _ => null,
    };

    /// <inheritdoc />
    public string? ValidateScenario(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        try
        {
            _ = LeadTimeDistributions.FromMeanAndCv(scenario.GetString("lead_time_family"), 1, scenario.GetDouble("lead_time_cv"));
        }
        catch (ArgumentException e)
        {
            return $"lead_time_cv: {e.Message}";
        }
        try
        {
            _ = LeadTimeDistributions.FromMeanAndCv(scenario.GetString("failure_family"), 1, scenario.GetDouble("failure_cv"));
        }
        catch (ArgumentException e)
        {
            return $"failure_cv: {e.Message}";
        }
        // Free stock: every further unit lowers the expected backorders at no cost, so the optimum
        // is unbounded (the solver would stop where round-off hides the decrease, after the run
        // had started).
        if (scenario.GetDouble("holding_rate") == 0 && scenario.GetString("base_stock_mode") == "optimal")
            return "holding_rate: 0 leaves no finite optimal base stock (stock costs nothing, so one more unit always lowers the cost); give a holding rate > 0, or base_stock_mode fixed with a base_stock";
        if (scenario.GetString("policy") == "dual-index" && scenario.GetString("base_stock_mode") == "fixed"
            && scenario.GetDouble("dual_index_threshold") > scenario.GetInt("base_stock"))
            return "dual_index_threshold: above base_stock, the rule would always order AM";
        return RateSpread(scenario) ?? StateSpaceProblem(scenario);
    }

    /// <summary>
    /// The largest ratio of two rates the analytic solution resolves: beyond it the chain's
    /// matrix is numerically singular (and the simulation's clock spans too many magnitudes).
    /// </summary>
    public const double MaxRateRatio = 1e9;

    private static readonly string[] Rates = ["lambda_cm", "lambda_am", "mu_cm", "mu_am"];

    private static string? RateSpread(Scenario scenario)
    {
        string low = Rates.MinBy(scenario.GetDouble)!, high = Rates.MaxBy(scenario.GetDouble)!;
        double ratio = scenario.GetDouble(high) / scenario.GetDouble(low);
        if (ratio <= MaxRateRatio) return null;
        string key = Math.Log10(scenario.GetDouble(high)) > -Math.Log10(scenario.GetDouble(low)) ? high : low;
        return Invariant($"{key}: {scenario.GetString(low)} ({low}) and {scenario.GetString(high)} ({high}) are {(double.IsFinite(ratio) ? ratio.ToString("G3", System.Globalization.CultureInfo.InvariantCulture) : "more than 1E+300")} times apart; rates more than {MaxRateRatio:G0} apart cannot be solved or simulated accurately; check the value or change the time unit");
    }

    /// <summary>The dual-sourcing chain of the smallest base stock tried must fit the state-space limit.</summary>
    private static string? StateSpaceProblem(Scenario scenario)
    {
        if (scenario.GetString("policy") is "cm" or "am") return null;
        bool fixedStock = scenario.GetString("base_stock_mode") == "fixed";
        int k = scenario.GetInt("k"), s = fixedStock ? scenario.GetInt("base_stock") : 0;
        double states = ApproximateStates(k, s);
        if (states <= DualSourcingStateSpace.DefaultMaxStates) return null;
        string key = fixedStock && ApproximateStates(k, 0) <= DualSourcingStateSpace.DefaultMaxStates ? "base_stock" : "k";
        return Invariant($"{key}: k = {k} and base stock {s} give the dual-sourcing chain about {states:G3} states (about {states * BytesPerState / 1e9:G3} GB); at most {DualSourcingStateSpace.DefaultMaxStates:N0} can be solved; use a smaller installed base (scaling the failure rates) or policy cm/am");
    }

    /// <summary>Memory the solver holds per state of the dual-sourcing chain (see <see cref="DualSourcingStateSpace.DefaultMaxStates"/>).</summary>
    private const double BytesPerState = 300;

    /// <summary>|Ω| of <see cref="DualSourcingStateSpace.Size"/> in floating point (no overflow for any k, S).</summary>
    private static double ApproximateStates(double k, double s) =>
        (s + 3) * (s + 2) * (s + 1) / 6 * (k + 1) + (k + s + 2) * k * (k + 1) / 2 - k * (k + 1) * (2 * k + 1) / 6;

    /// <inheritdoc />
    public RunEstimate? Estimate(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        double k = scenario.GetInt("k");
        bool fixedStock = scenario.GetString("base_stock_mode") == "fixed";
        double lambda = Math.Max(scenario.GetDouble("lambda_cm"), scenario.GetDouble("lambda_am"));
        // Optimal base stocks are near the mean CM pipeline k·λ/μ; a fixed one is what it is.
        double s = fixedStock ? scenario.GetInt("base_stock") : Math.Ceiling(k * scenario.GetDouble("lambda_cm") / scenario.GetDouble("mu_cm")) + 1;
        double preparation = scenario.GetString("policy") is "cm" or "am" ? 16 * (k + s + 1) : ApproximateStates(k, s) * BytesPerState;
        string driver = fixedStock && s > k ? "base_stock" : "k";
        // A failure and a replenishment per failed unit; every unit and stocked part is a process or a queued item.
        return new RunEstimate(2 * k * lambda, 64_000 + 300 * (k + s), preparation, driver);
    }

    private static string Invariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public double[] RunReplication(Scenario scenario, ReplicationContext context)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(context);
        var prepared = Prepared(scenario);
        var m = SpareSim.Models.Network.Engine.SupplyNetwork.Run(prepared.Blueprint, context.Streams, context.WarmUp, context.RunLength).Measures;
        var values = new double[Measures.Count];
        for (int i = 0; i < NetworkMeasureNames.Length; i++) values[i] = m[prepared.MeasureIndex[i]];
        values[^2] = prepared.BaseStock;
        values[^1] = prepared.AnalyticCost;
        return values;
    }

    /// <summary>The network measure behind each of <see cref="Measures"/> but the last two (base stock, analytic cost).</summary>
    private static readonly string[] NetworkMeasureNames =
    [
        "cost_total", "cost_purchase", "cost_maintenance", "cost_holding", "cost_downtime", "saving_operational",
        "availability", $"backorders_{InstalledBaseNetwork.StockPointId}", $"fill_rate_{InstalledBaseNetwork.StockPointId}",
        $"order_rate_{InstalledBaseNetwork.StockPointId}_cm", $"order_rate_{InstalledBaseNetwork.StockPointId}_am", "failure_rate",
        $"installed_{InstalledBaseNetwork.StockPointId}_am", $"on_hand_{InstalledBaseNetwork.StockPointId}_cm", $"on_hand_{InstalledBaseNetwork.StockPointId}_am",
    ];

    /// <summary>The network (model file, controller, blueprint) of a scenario, built once and shared by its replications.</summary>
    public PreparedScenario Prepared(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        string key = string.Join(";", scenario.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value));
        return _prepared.GetOrAdd(key, _ => new Lazy<PreparedScenario>(() => Prepare(scenario))).Value;
    }

    /// <summary>The analytical instance of a scenario.</summary>
    public static DualSourcingInstance Instance(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new DualSourcingInstance(scenario.GetInt("k"), scenario.GetDouble("lambda_cm"), scenario.GetDouble("mu_cm"), scenario.GetDouble("price_cm"),
            scenario.GetDouble("lambda_am"), scenario.GetDouble("mu_am"), scenario.GetDouble("price_am"), scenario.GetDouble("backorder_cost"),
            scenario.GetDouble("maintenance_cost"), scenario.GetDouble("holding_rate"), scenario.GetDouble("saving_am"));
    }

    /// <summary>
    /// A scenario of this model (as an experiment file writes it) that simulates
    /// <paramref name="instance"/> under <paramref name="policy"/> at the fixed base stock
    /// <paramref name="baseStock"/>, with the given laws.
    /// </summary>
    public static JsonObject Scenario(string name, DualSourcingInstance instance, int baseStock, string policy, InstalledBaseNetwork.Laws laws)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(laws);
        return new JsonObject
        {
            ["name"] = name,
            ["k"] = instance.InstalledBase,
            ["lambda_cm"] = instance.FailureRateCm, ["mu_cm"] = instance.SupplyRateCm, ["price_cm"] = instance.PriceCm,
            ["lambda_am"] = instance.FailureRateAm, ["mu_am"] = instance.SupplyRateAm, ["price_am"] = instance.PriceAm,
            ["backorder_cost"] = instance.BackorderCost, ["maintenance_cost"] = instance.MaintenanceCost,
            ["holding_rate"] = instance.HoldingRate, ["saving_am"] = instance.OperationalSavingAm,
            ["policy"] = policy, ["base_stock_mode"] = "fixed", ["base_stock"] = baseStock,
            ["failure_family"] = laws.FailureFamily, ["failure_cv"] = laws.FailureCv,
            ["lead_time_family"] = laws.LeadTimeFamily, ["lead_time_cv"] = laws.LeadTimeCv,
        };
    }

    /// <summary>An experiment file of this model with <paramref name="scenarios"/> (for studies that run their replications through the runner).</summary>
    public static JsonObject Experiment(string name, string description, IEnumerable<JsonObject> scenarios, int replications, double runLength, double warmUp, ulong masterSeed) => new()
    {
        ["Name"] = name,
        ["Description"] = description,
        ["Model"] = "installed-base",
        ["Replications"] = replications,
        ["RunLength"] = runLength,
        ["WarmUp"] = warmUp,
        ["MasterSeed"] = masterSeed,
        ["Scenarios"] = new JsonArray(scenarios.Cast<JsonNode>().ToArray()),
        ["PrimaryMeasure"] = "cost_total",
    };

    /// <summary>The kind under which the scenario's analytic policy table is handed to the network.</summary>
    private const string AnalyticPolicyKind = "analytic-policy";

    private static PreparedScenario Prepare(Scenario scenario)
    {
        var instance = Instance(scenario);
        string policy = scenario.GetString("policy");
        bool fixedStock = scenario.GetString("base_stock_mode") == "fixed";
        int given = scenario.GetInt("base_stock");
        var laws = new InstalledBaseNetwork.Laws(scenario.GetString("failure_family"), scenario.GetDouble("failure_cv"),
            scenario.GetString("lead_time_family"), scenario.GetDouble("lead_time_cv"));
        var registry = NetworkControllers.Registry();

        if (policy is "cm" or "am")
        {
            var version = policy == "cm" ? PartVersion.Cm : PartVersion.Am;
            var solution = fixedStock ? SingleSourcingModel.Evaluate(instance, version, given) : SingleSourcingModel.Optimize(instance, version);
            return Build(instance, laws, InstalledBaseNetwork.Start.AllOf(version, instance.InstalledBase, solution.BaseStock),
                InstalledBaseNetwork.SingleSource(version), registry, solution.BaseStock, solution.Cost.Total);
        }

        var optimizer = new DualSourcingOptimizer();
        var dual = fixedStock ? DualSourcingSolver.Solve(instance, optimizer.Space(instance.InstalledBase, given)) : optimizer.Optimize(instance).Optimal;
        var typical = InstalledBaseNetwork.Start.Typical(dual);
        if (policy == "dual")
        {
            var table = DualSourcingOptimalControllerFactory.ToTable(dual.Policy(), new PartDefinition(InstalledBaseNetwork.Part,
                [new PartVersionDefinition(InstalledBaseNetwork.Cm, instance.PriceCm), new PartVersionDefinition(InstalledBaseNetwork.Am, instance.PriceAm)]));
            registry.Add(new PreparedPolicyControllerFactory(AnalyticPolicyKind, table));
            return Build(instance, laws, typical, InstalledBaseNetwork.TableController(AnalyticPolicyKind), registry, dual.BaseStock, dual.TotalCost);
        }
        int threshold = checked((int)Math.Floor(scenario.GetDouble("dual_index_threshold")));
        return Build(instance, laws, typical, InstalledBaseNetwork.DualIndex(threshold), registry, dual.BaseStock, double.NaN);
    }

    private static PreparedScenario Build(DualSourcingInstance instance, InstalledBaseNetwork.Laws laws, InstalledBaseNetwork.Start start,
        JsonObject controller, ControllerRegistry registry, int baseStock, double analyticCost)
    {
        string file = InstalledBaseNetwork.ModelFile(instance, laws, start, controller);
        var blueprint = new NetworkBlueprint(NetworkModelFile.Parse(file, "installed-base scenario", Directory.GetCurrentDirectory()), registry);
        var index = NetworkMeasureNames.Select(name => blueprint.Measures.ToList().IndexOf(name)).ToArray();
        if (index.Contains(-1)) throw new InvalidOperationException("the installed-base network lacks a measure: " + NetworkMeasureNames[Array.IndexOf(index, -1)]);
        return new PreparedScenario(file, blueprint, index, baseStock, analyticCost);
    }

    /// <summary>A scenario's network, ready to run.</summary>
    /// <param name="ModelFile">The network's model file (JSON), for inspection and reuse with the supply-network model.</param>
    /// <param name="Blueprint">The network with its controller.</param>
    /// <param name="MeasureIndex">Position in the network's measures of each measure this model reports.</param>
    /// <param name="BaseStock">The base stock used.</param>
    /// <param name="AnalyticCost">The analytic long-run cost of the policy (NaN for the dual-index rule).</param>
    public sealed record PreparedScenario(string ModelFile, NetworkBlueprint Blueprint, int[] MeasureIndex, int BaseStock, double AnalyticCost);
}
