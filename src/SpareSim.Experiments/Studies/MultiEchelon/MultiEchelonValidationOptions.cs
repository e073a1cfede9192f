using System.Globalization;
using SpareSim.Analytics.MultiEchelon;
using SpareSim.Core.Distributions;

namespace SpareSim.Experiments.Studies.MultiEchelon;

/// <summary>Options of <c>experiments/multi-echelon-validation.json</c>.</summary>
public sealed class MultiEchelonValidationOptions
{
    /// <summary>Output folder.</summary>
    public string Output { get; set; } = "results/multi-echelon-validation";
    /// <summary>Abidar items (default 162, 163, 164).</summary>
    public List<int> Items { get; set; } = [162, 163, 164];
    /// <summary>Scenarios B, C, D (default all).</summary>
    public List<string> Scenarios { get; set; } = ["B", "C", "D"];
    /// <summary>Annual demand per site (default 10 and 150: low and high).</summary>
    public List<double> Demands { get; set; } = [10, 150];
    /// <summary>AM time / CP time.</summary>
    public double TimeRatio { get; set; } = 0.5;
    /// <summary>AM probability φ.</summary>
    public double AmProbability { get; set; } = 0.9;
    /// <summary>
    /// Stock vectors (CMC first) as "s0,s1,s2", or "pipeline-mean": every site stocked at the floor of
    /// its METRIC pipeline mean (the CMC first, then the RMCs given that CMC stock), where the CMC's
    /// delay varies most and METRIC's bias shows.
    /// </summary>
    public List<string> Stocks { get; set; } = ["pipeline-mean"];
    /// <summary>Model files of further networks (any number of regions), simulated at their own stocks.</summary>
    public List<string> Networks { get; set; } = [];
    /// <summary>Family of the repair and AM times for the Abidar networks.</summary>
    public string RepairFamily { get; set; } = "exponential";
    /// <summary>Coefficient of variation of the repair and AM times.</summary>
    public double RepairCv { get; set; } = 1;
    /// <summary>Family of the shipping times.</summary>
    public string ShipFamily { get; set; } = "deterministic";
    /// <summary>Coefficient of variation of the shipping times.</summary>
    public double ShipCv { get; set; }
    /// <summary>Master seed.</summary>
    public ulong MasterSeed { get; set; } = 2022;
    /// <summary>Independent replications per case.</summary>
    public int Replications { get; set; } = 10;
    /// <summary>Failures per replication (network-wide); sets the run length of each case.</summary>
    public double FailuresPerReplication { get; set; } = 200_000;
    /// <summary>Warm-up as a fraction of the run length.</summary>
    public double WarmUpFraction { get; set; } = 0.05;
    /// <summary>Replications in parallel.</summary>
    public int DegreeOfParallelism { get; set; } = 2;

    /// <summary>Checks every option; throws naming the key.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Output)) throw new ArgumentException("output: a folder is required");
        foreach (int item in Items)
            if (AbidarItem.All.All(i => i.Code != item)) throw new ArgumentException($"items: unknown item {item}; expected 162, 163 or 164");
        foreach (string s in Scenarios)
            try { AbidarNetworks.ParseScenario(s); } catch (ArgumentException e) { throw new ArgumentException($"scenarios: {e.Message}"); }
        foreach (double m in Demands)
            if (!(m > 0) || !double.IsFinite(m)) throw new ArgumentException($"demands: must be positive, got {m}");
        if (!(TimeRatio > 0) || !double.IsFinite(TimeRatio)) throw new ArgumentException($"timeRatio: must be positive, got {TimeRatio}");
        if (!(AmProbability is >= 0 and <= 1)) throw new ArgumentException($"amProbability: must be in [0, 1], got {AmProbability}");
        foreach (string s in Stocks) _ = ParseStocks(s);
        if (Items.Count * Scenarios.Count * Demands.Count * Stocks.Count + Networks.Count == 0) throw new ArgumentException("items/scenarios/demands/stocks/networks: no case to run");
        foreach (string path in Networks)
            if (!File.Exists(path)) throw new ArgumentException($"networks: model file '{path}' does not exist");
        try { _ = LeadTimeDistributions.FromMeanAndCv(RepairFamily, 1, RepairCv); } catch (ArgumentException e) { throw new ArgumentException($"repairFamily/repairCv: {e.Message}"); }
        try { _ = LeadTimeDistributions.FromMeanAndCv(ShipFamily, 1, ShipCv); } catch (ArgumentException e) { throw new ArgumentException($"shipFamily/shipCv: {e.Message}"); }
        if (Replications < 2) throw new ArgumentException($"replications: at least 2 for a confidence interval, got {Replications}");
        if (!(FailuresPerReplication >= 100) || !double.IsFinite(FailuresPerReplication)) throw new ArgumentException($"failuresPerReplication: at least 100, got {FailuresPerReplication}");
        if (!(WarmUpFraction is >= 0 and < 1)) throw new ArgumentException($"warmUpFraction: must be in [0, 1), got {WarmUpFraction}");
        if (DegreeOfParallelism < 1) throw new ArgumentException($"degreeOfParallelism: at least 1, got {DegreeOfParallelism}");
    }

    /// <summary>Null for "pipeline-mean", else the three stock levels.</summary>
    public static int[]? ParseStocks(string text)
    {
        if (string.Equals(text?.Trim(), "pipeline-mean", StringComparison.OrdinalIgnoreCase)) return null;
        var parts = (text ?? "").Split(',');
        if (parts.Length != 3 || !parts.All(p => int.TryParse(p.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) && v >= 0))
            throw new ArgumentException($"stocks: '{text}' is neither \"pipeline-mean\" nor three non-negative integers \"s0,s1,s2\"");
        return parts.Select(p => int.Parse(p.Trim(), CultureInfo.InvariantCulture)).ToArray();
    }
}
