using System.Globalization;
using System.Text;
using SpareSim.Analytics.PreventiveMaintenance;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Studies.DualSourcingValidation;

namespace SpareSim.Experiments.Studies.PreventiveMaintenance;

/// <summary>report.md of the validation study: coverage of the analytic cost rates, components, out-of-model events, CRN differences.</summary>
public static class PmValidationReport
{
    /// <summary>Writes report.md into the output folder.</summary>
    public static void Write(PmValidationOptions options, PmInstance instance, IReadOnlyList<SummaryRow> rows,
        IReadOnlyList<(string Label, double Analytic, PairedDifference Paired, ConfidenceInterval Unpaired)> pairs, string commandLine, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(pairs);
        var md = new StringBuilder();
        md.AppendLine(Inv($"# {options.Name}: simulated vs analytic cost rates (thesis ch. 4, spec A.11)")).AppendLine();
        md.AppendLine(Inv($"Instance: regular {instance.Regular.Description}, printed {instance.Printed.Description}, L_r = {instance.RegularLeadTime}, L_p = {instance.PrintLeadTime}, c_r = {instance.RegularPrice}, c_p = {instance.PrintPrice}, c_m = {instance.MaintenanceCost}, c_f = {instance.FailureCost}, b = {instance.DowntimeRate}, h = {instance.HoldingRate:G6}."));
        md.AppendLine(Inv($"{options.Replications} independent replications × {options.Cycles:N0} renewal cycles per decision vector (kernel process `MaintainedComponent`), master seed {options.MasterSeed}, the same streams at every vector (common random numbers). A printed part failing before the regular part arrives: {options.EarlyPrintedFailure}, c_f charged: {options.ChargeEarlyFailure}. Command: `{commandLine}`; {elapsed.TotalSeconds:F0} s."));
        int covered = rows.Count(r => r.Numbers["covered"] == 1);
        md.AppendLine().AppendLine(Inv($"**The 95% t-interval over the replications covers the analytic cost rate at {covered} of {rows.Count} vectors.**")).AppendLine();
        md.AppendLine("| kind | policy | decision | analytic g | simulated g [95% CI over replications] | pooled delta-method 95% CI | covered | replications whose own delta CI covers |");
        md.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            var n = r.Numbers;
            md.AppendLine(Inv($"| {r.Texts["kind"]} | {r.Texts["policy"]} | {r.Texts["decision"]} | {n["analytic"]:F4} | {n["mean"]:F4} [{n["ci_low"]:F4}, {n["ci_high"]:F4}] | [{n["pooled_delta_low"]:F4}, {n["pooled_delta_high"]:F4}] | {(n["covered"] == 1 ? "yes" : "no")} | {n["replications_covering"]} of {n["replications"]} |"));
        }
        md.AppendLine().AppendLine("## Cost components per day (analytic / simulated ± 95% half-width)").AppendLine();
        md.AppendLine("| policy | decision | printing | failure | downtime | holding | availability (analytic / simulated) |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            var n = r.Numbers;
            string C(string c) => Inv($"{n[$"analytic_{c}"]:F4} / {n[$"mean_{c}"]:F4} ± {n[$"half_width_{c}"]:F4}");
            md.AppendLine(Inv($"| {r.Texts["policy"]} | {r.Texts["decision"]} | {C("printing")} | {C("failure")} | {C("downtime")} | {C("holding")} | {n["analytic_availability"]:F6} / {n["availability"]:F6} |"));
        }
        md.AppendLine().AppendLine("## Outside the analytic model (F_x(L_r) = 0 assumed there)").AppendLine();
        md.AppendLine("| policy | decision | printed failures before the regular arrival, per print | regular failures before the spare (B), per cycle | fraction of time on a printed part | prints per day |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            var n = r.Numbers;
            md.AppendLine(Inv($"| {r.Texts["policy"]} | {r.Texts["decision"]} | {n["printed_failures_before_regular_per_print"]:G4} | {n["regular_failures_before_spare_per_cycle"]:G4} | {n["printed_fraction"]:F5} | {n["prints_per_day"]:F6} |"));
        }
        md.AppendLine().AppendLine("## Differences between the optima, common random numbers").AppendLine();
        md.AppendLine("| difference | analytic | paired by replication [95% CI] | correlation | unpaired 95% CI (for comparison) |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (var (label, analytic, paired, unpaired) in pairs)
            md.AppendLine(Inv($"| {label} | {analytic:F4} | {paired.MeanDifference:F4} [{paired.ConfidenceInterval.Low:F4}, {paired.ConfidenceInterval.High:F4}] | {paired.Correlation:F3} | [{unpaired.Low:F4}, {unpaired.High:F4}] |"));
        md.AppendLine().AppendLine("Files: `summary.parquet` (one row per vector), `replications.parquet` (one row per vector and replication).");
        File.WriteAllText(Path.Combine(options.Output, "report.md"), md.ToString());
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
