using System.Globalization;
using System.Text;
using SpareSim.Analytics.Fitting;

namespace SpareSim.Cli.Fit;

/// <summary>The Markdown report of a fit: data summary, AIC ranking with KS/AD and p-values, parameters with intervals, the chosen law, plots.</summary>
internal static class FitReport
{
    public const string File = "report.md";
    public const string Law = "law.json";
    public const string EmpiricalLaw = "empirical-law.csv";

    public static string Build(FitOptions options, LifeData data, IReadOnlyList<FamilyResult> results, IReadOnlyList<(string Family, string Reason)> failed,
        string? chosenLaw, IReadOnlyList<string> plots, string commandLine)
    {
        var r = new StringBuilder();
        r.AppendLine(CultureInfo.InvariantCulture, $"# Fit of `{options.Column}` in `{options.Data}`");
        r.AppendLine();
        r.AppendLine(CultureInfo.InvariantCulture, $"Command: `{commandLine}`");
        r.AppendLine();
        int truncated = data.Observations.Count(o => o.Entry > 0);
        r.AppendLine(CultureInfo.InvariantCulture, $"{data.Count} records: {data.Failures} failures, {data.Censored} censored (still running, column `{options.Censored ?? "none"}`), " +
            $"{truncated} observed from a later age (column `{options.Entry ?? "none"}`{(truncated > 0 ? $"; the empirical law is conditional on survival to {F(data.MinimumEntry)}" : "")}).");
        r.AppendLine();
        r.AppendLine("Maximum likelihood with right censoring and left truncation (MathNet.Numerics Nelder–Mead simplex; profile ends by Brent's method). " +
            "AIC = 2p − 2ℓ, BIC = p ln n − 2ℓ with n the number of records. KS and AD compare the Kaplan–Meier estimate with the fitted law over the observed ages; " +
            (results.Any(x => x.Bootstrap is not null)
                ? $"their p-values come from a parametric bootstrap of {options.Bootstrap} replicates (seed {options.Seed}): data redrawn from the fit with the same entry ages and censoring drawn from the Kaplan–Meier estimate of the censoring law, refitted each time, because estimated parameters make the textbook tables wrong."
                : "no bootstrap was run (--bootstrap 0), so no p-values."));
        r.AppendLine();
        r.AppendLine("| rank | family | log-likelihood | AIC | ΔAIC | BIC | mean | cv | KS | KS p | AD | AD p |");
        r.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int i = 0; i < results.Count; i++)
        {
            var x = results[i];
            r.AppendLine(CultureInfo.InvariantCulture,
                $"| {i + 1} | {x.Fit.Family.Name} | {x.Fit.LogLikelihood:F3} | {x.Fit.Aic:F3} | {x.Fit.Aic - results[0].Fit.Aic:F3} | {x.Fit.Bic:F3} | {F(x.Fit.Mean)} | {F(x.Fit.Cv)} | " +
                $"{x.Statistics.KolmogorovSmirnov:F4} | {P(x.Bootstrap?.KolmogorovSmirnovP)} | {x.Statistics.AndersonDarling:F4} | {P(x.Bootstrap?.AndersonDarlingP)} |");
        }
        foreach (var (family, reason) in failed) r.AppendLine(CultureInfo.InvariantCulture, $"| – | {family} | not fitted: {reason} | | | | | | | | | |");
        r.AppendLine();
        r.AppendLine("| family | parameter | estimate | std. error | Wald 95% | profile 95% |");
        r.AppendLine("|---|---|---:|---:|---|---|");
        foreach (var x in results)
            foreach (var e in x.Fit.Estimates)
                r.AppendLine(e.IsFixed
                    ? Inv($"| {x.Fit.Family.Name} | {e.Name} | {F(e.Value)} | (integer, chosen by likelihood) | | |")
                    : Inv($"| {x.Fit.Family.Name} | {e.Name} | {F(e.Value)} | {F(e.StandardError)} | [{F(e.WaldLow)}, {F(e.WaldHigh)}] | {(double.IsNaN(e.ProfileLow) ? "not computed" : $"[{F(e.ProfileLow)}, {F(e.ProfileHigh)}]")} |"));
        r.AppendLine();
        r.AppendLine("## Chosen law");
        r.AppendLine();
        if (chosenLaw is not null)
        {
            r.AppendLine(CultureInfo.InvariantCulture, $"Lowest AIC: **{results[0].Fit.Family.Name}**, in model-file syntax (also in `{Law}`; paste it as a `lifetime`, `leadTime`, `printTime` ... of a network model file):");
            r.AppendLine();
            r.AppendLine("```json");
            r.AppendLine(chosenLaw);
            r.AppendLine("```");
        }
        else
        {
            r.AppendLine($"Empirical law requested (--empirical): the Kaplan–Meier CDF is in `{EmpiricalLaw}` (columns `cdf,age`). " +
                "Network model files have no empirical law family, so no model-file snippet is written; the parametric fits above remain for comparison.");
        }
        r.AppendLine();
        r.AppendLine("## Plots");
        r.AppendLine();
        foreach (var plot in plots) r.AppendLine(CultureInfo.InvariantCulture, $"![{plot}]({plot})");
        r.AppendLine();
        r.AppendLine(CultureInfo.InvariantCulture, $"Files: `{FitTables.Fits}` (one row per family and parameter), `{FitTables.KaplanMeierFile}` (the product-limit table with Greenwood standard errors).");
        return r.ToString();
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string F(double x) => double.IsNaN(x) ? "–" : double.IsInfinity(x) ? (x > 0 ? "∞" : "−∞") : x.ToString("G6", CultureInfo.InvariantCulture);

    private static string P(double? p) => p is null ? "–" : p.Value.ToString("F3", CultureInfo.InvariantCulture);
}
