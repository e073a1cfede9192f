using SpareSim.Analytics.PreventiveMaintenance;
using SpareSim.Experiments.Studies.DualSourcingValidation;

namespace SpareSim.Experiments.Studies.PreventiveMaintenance;

/// <summary>
/// One instance's three optima as a flat row: inputs, g* and thresholds, Δ_g and Δ_t of spec A.8
/// (Δ_t divided by t^Y_r, and "_printed" divided by t^X_r), and Table 4.5's combined inputs.
/// </summary>
public static class PmInstanceResult
{
    /// <summary>The row's columns.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "alpha_p", "c_p", "c_r", "c_f", "b", "h", "g_b", "g_tr", "g_da", "t_r_b", "t_r_tr", "t_b_tr", "t_r_da", "t_b_da", "t_p_da",
        "refined_g_b", "refined_g_tr", "refined_g_da",
        "dg_tr_b", "dg_da_b", "dg_da_tr", "dt_tr_b", "dt_da_b", "dt_da_tr", "dt_tr_b_printed", "dt_da_b_printed", "dt_da_tr_printed",
        "quality_ratio", "cf_over_cm", "b_over_h", "tp_over_lr",
    ];

    /// <summary>Optimises <paramref name="instance"/> and returns its row.</summary>
    public static SummaryRow Evaluate(PmInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var o = new PmOptimizer(new PmCostModel(instance)).OptimizeAll();
        var (b, tr, da) = (o[0], o[1], o[2]);
        var row = new SummaryRow();
        var n = row.Numbers;
        (n["alpha_p"], n["c_p"], n["c_r"], n["c_f"], n["b"], n["h"]) =
            (((WeibullLifetime)instance.Printed).Scale, instance.PrintPrice, instance.RegularPrice, instance.FailureCost, instance.DowntimeRate, instance.HoldingRate);
        (n["g_b"], n["g_tr"], n["g_da"]) = (b.CostRate, tr.CostRate, da.CostRate);
        (n["refined_g_b"], n["refined_g_tr"], n["refined_g_da"]) = (b.RefinedCostRate, tr.RefinedCostRate, da.RefinedCostRate);
        (n["t_r_b"], n["t_r_tr"], n["t_b_tr"]) = (b.Decision.ReplacementAge, tr.Decision.ReplacementAge, tr.Decision.PrintThreshold);
        (n["t_r_da"], n["t_b_da"], n["t_p_da"]) = (da.Decision.ReplacementAge, da.Decision.PrintThreshold, da.Decision.PrintedReplacementAge);
        (n["dg_tr_b"], n["dg_da_b"], n["dg_da_tr"]) = (PmComparison.CostDifference(tr, b), PmComparison.CostDifference(da, b), PmComparison.CostDifference(da, tr));
        (n["dt_tr_b"], n["dt_da_b"], n["dt_da_tr"]) = (PmComparison.AgeDifference(tr, b), PmComparison.AgeDifference(da, b), PmComparison.AgeDifference(da, tr));
        (n["dt_tr_b_printed"], n["dt_da_b_printed"], n["dt_da_tr_printed"]) =
            (PmComparison.AgeDifferenceAsPrinted(tr, b), PmComparison.AgeDifferenceAsPrinted(da, b), PmComparison.AgeDifferenceAsPrinted(da, tr));
        n["quality_ratio"] = instance.Regular.Mean / instance.RegularPrice / (instance.Printed.Mean / instance.PrintPrice);
        n["cf_over_cm"] = instance.FailureCost / instance.MaintenanceCost;
        n["b_over_h"] = instance.DowntimeRate / instance.HoldingRate;
        n["tp_over_lr"] = da.Decision.PrintedReplacementAge / instance.RegularLeadTime;
        return row;
    }

    /// <summary>Rows of every instance, in order, <paramref name="parallelism"/> at a time.</summary>
    public static IReadOnlyList<SummaryRow> EvaluateAll(IReadOnlyList<PmInstance> instances, int parallelism, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(instances);
        var rows = new SummaryRow[instances.Count];
        Parallel.For(0, instances.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellation },
            k => rows[k] = Evaluate(instances[k]));
        return rows;
    }
}
