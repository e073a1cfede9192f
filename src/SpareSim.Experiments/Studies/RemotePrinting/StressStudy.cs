using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpareSim.Analytics.RemotePrinting;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Models.RemoteSite;
using SpareSim.Experiments.Studies.DualSourcingValidation;

namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>
/// The study behind <c>experiments/remote-printing-stress.json</c>: the chapter's optimal policy
/// (computed for the MDP) run unchanged in scenarios the MDP cannot model — late and cancelled
/// convoys, a printer that breaks down, fails prints or has a nightly capacity, raw material that
/// runs out — and how much is recovered by a larger base stock alone (safety stock) or by a
/// re-optimized base stock, threshold and overdue rule, and what restoring the chapter's own
/// availability costs. Each scenario's site is a supply-network model file
/// (<c>scenarios/SCENARIO/remote-site.network.json</c>); its candidate policies run through the
/// experiment runner on separate search seeds (<c>scenarios/SCENARIO/search/</c>), and the chosen
/// ones again with common random numbers against the chapter's policy
/// (<c>scenarios/SCENARIO/evaluation/</c>): every run resumable and shardable.
/// Writes scenarios.parquet, cost-by-scenario.png, report.md.
/// </summary>
public static class StressStudy
{
    /// <summary>Columns of scenarios.parquet.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "scenario", "policy_kind", "policy", "base_stock", "print_threshold", "print_while_overdue", "sim_mean_cost_per_day", "sim_ci_low", "sim_ci_high",
        "availability", "availability_ci_low", "availability_ci_high", "time_average_availability", "prints_per_day", "unmet_print_requests_per_day",
        "difference_vs_chapter", "difference_ci_low", "difference_ci_high", "analytic_cost_chapter_model",
    ];

    private static readonly string[] Kinds = ["chapter", "safety stock", "re-optimized", "availability restored"];

    /// <summary>Binds and validates the options.</summary>
    public static StressOptions LoadOptions(string experimentFile, IEnumerable<string> overrides)
    {
        var options = StudyOptionsLoader.Load<StressOptions>(experimentFile, overrides, typeof(SiteOptions), typeof(StressScenarioOptions));
        options.Validate();
        return options;
    }

    /// <summary>Runs the study; returns false when only a shard was run (merge the shards, then run it again).</summary>
    public static async Task<bool> RunAsync(StressOptions options, string commandLine, StudyContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        options.Validate();
        Directory.CreateDirectory(options.Output);
        var sw = Stopwatch.StartNew();
        var x = options.Site.ToInstance();
        int l = x.CycleLength;
        var optimum = RemoteSiteOptimizer.Optimize(x, CostCriterion.Discounted);
        var chapter = new StressPolicy(optimum.BaseStock, optimum.Policy.Emergency.PrintThresholdPeriod, false);
        var exact = CycleEvaluator.Evaluate(x, optimum.Policy);
        double analytic = exact.AverageCostPerPeriod, analyticAvailability = exact.Availability;
        var candidates = Grid(options, chapter.PrintThreshold).ToList();
        var rows = new List<SummaryRow>();
        bool whole = true;
        var run = context with { Threads = options.DegreeOfParallelism };
        foreach (var scenario in options.Scenarios)
        {
            string folder = Path.Combine(options.Output, "scenarios", Slug(scenario.Name));
            string modelFile = WriteModel(folder, x, chapter, scenario.Extensions());
            var search = await StudySimulation.RunAsync(Experiment($"{scenario.Name}: search", modelFile, candidates, options.SearchReplications, options.SearchDays, options.SearchSeed),
                Path.Combine(folder, "search"), run);
            if (search is null)
            {
                // A shard of the search: the evaluation needs the whole search, so shard the next scenario's search too.
                whole = false;
                continue;
            }
            var grid = candidates.Select((p, i) => (Policy: p, Cost: search.Values(i, "cost_total").Average(), Availability: search.Values(i, "availability_period_end").Average())).ToList();
            var safety = grid.Where(t => t.Policy.PrintThreshold == chapter.PrintThreshold && !t.Policy.PrintWhileOverdue).MinBy(t => t.Cost).Policy;
            var reoptimized = grid.MinBy(t => t.Cost).Policy;
            // The cheapest policy that keeps the availability the chapter's policy has in its own model.
            var meeting = grid.Where(t => t.Availability >= analyticAvailability).ToList();
            var restoring = meeting.Count > 0 ? meeting.MinBy(t => t.Cost).Policy : grid.MaxBy(t => t.Availability).Policy;
            StressPolicy[] chosen = [chapter, safety, reoptimized, restoring];
            var evaluation = await StudySimulation.RunAsync(Experiment($"{scenario.Name}: evaluation", modelFile, chosen, options.Replications, options.Days, options.MasterSeed),
                Path.Combine(folder, "evaluation"), run);
            if (evaluation is null)
            {
                whole = false;
                continue;
            }
            for (int k = 0; k < chosen.Length; k++) rows.Add(Row(scenario.Name, Kinds[k], chosen[k], l, evaluation, k, analytic));
            context.Log.WriteLine(Inv($"remote-printing-stress: {scenario.Name} done, {sw.Elapsed.TotalSeconds:F0} s"));
        }
        if (!whole) return false;
        var metadata = StudyProvenance.For("remote-printing-stress", options, options.MasterSeed, commandLine);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "scenarios.parquet"), Columns, rows,
            new HashSet<string> { "base_stock", "print_threshold", "print_while_overdue" }, metadata);
        StressReport.Write(options, chapter, analytic, analyticAvailability, rows, sw.Elapsed, commandLine);
        return true;
    }

    // The chapter's threshold is always in the grid, so the safety-stock policy exists.
    private static IEnumerable<StressPolicy> Grid(StressOptions options, int chapterThreshold) =>
        from s in options.BaseStocks.Distinct()
        from t in options.PrintThresholds.Append(chapterThreshold).Distinct()
        from overdue in new[] { false, true }
        select new StressPolicy(s, t, overdue);

    private static string WriteModel(string folder, RemoteSiteInstance x, StressPolicy chapter, RemoteSiteExtensions extensions)
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "remote-site.network.json");
        string text = RemoteSiteNetwork.Build(x, chapter.Rule(), extensions).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        StudySimulation.WriteAtomically(path, text);
        return path;
    }

    // One scenario per policy on the scenario's model file; the same seed for all (common random numbers).
    private static JsonObject Experiment(string name, string modelFile, IEnumerable<StressPolicy> policies, int replications, int days, ulong seed) => new()
    {
        ["Name"] = Slug(name),
        ["Description"] = $"remote-printing-stress, {name}",
        ["Model"] = "supply-network",
        ["ModelFile"] = modelFile,
        ["Replications"] = replications,
        ["RunLength"] = days,
        ["WarmUp"] = 0,
        ["MasterSeed"] = seed,
        ["Scenarios"] = new JsonArray(policies.Select((p, i) => (JsonNode)RemoteSiteNetwork.Scenario(Inv($"{i + 1}: {p.Describe(int.MaxValue)}"), p.Rule(), canExpedite: false)).ToArray()),
        ["PrimaryMeasure"] = "cost_total",
    };

    private static SummaryRow Row(string scenario, string kind, StressPolicy policy, int cycleLength, StudyRecords runs, int index, double analytic)
    {
        const string sp = RemoteSiteNetwork.StockPointId;
        double[] Of(string measure) => runs.Values(index, measure);
        var costs = Of("cost_total");
        var cost = ConfidenceInterval.FromSample(costs);
        var availability = ConfidenceInterval.FromSample(Of("availability_period_end"));
        var difference = ConfidenceInterval.FromSample(costs.Zip(runs.Values(0, "cost_total"), (a, b) => a - b).ToArray());
        var row = new SummaryRow();
        row.Texts["scenario"] = scenario;
        row.Texts["policy_kind"] = kind;
        row.Texts["policy"] = policy.Describe(cycleLength);
        var n = row.Numbers;
        n["base_stock"] = policy.BaseStock;
        n["print_threshold"] = Math.Min(policy.PrintThreshold, cycleLength);
        n["print_while_overdue"] = policy.PrintWhileOverdue ? 1 : 0;
        n["sim_mean_cost_per_day"] = cost.Mean;
        n["sim_ci_low"] = cost.Low;
        n["sim_ci_high"] = cost.High;
        n["availability"] = availability.Mean;
        n["availability_ci_low"] = availability.Low;
        n["availability_ci_high"] = availability.High;
        n["time_average_availability"] = Of("availability").Average();
        n["prints_per_day"] = Of($"stopgap_print_rate_{sp}").Average();
        n["unmet_print_requests_per_day"] = Of($"unmet_print_rate_{sp}").Average();
        n["difference_vs_chapter"] = difference.Mean;
        n["difference_ci_low"] = difference.Low;
        n["difference_ci_high"] = difference.High;
        n["analytic_cost_chapter_model"] = analytic;
        return row;
    }

    private static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text.ToLowerInvariant()) sb.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        string slug = sb.ToString();
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        return slug.Trim('-');
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
