using SpareSim.Analytics.Fitting;
using SpareSim.Experiments.Output;

namespace SpareSim.Cli.Fit;

/// <summary>
/// The Parquet files of a fit: fits.parquet, one row per (family, parameter) with the family's
/// likelihood, criteria, statistics and p-values repeated on its rows; kaplan-meier.parquet, the
/// product-limit table.
/// </summary>
internal static class FitTables
{
    public const string Fits = "fits.parquet";
    public const string KaplanMeierFile = "kaplan-meier.parquet";

    public static async Task<IReadOnlyList<string>> WriteAsync(IReadOnlyList<FamilyResult> results, KaplanMeier km, string folder, Dictionary<string, string> metadata)
    {
        var rows = results.SelectMany((r, rank) => r.Fit.Estimates.Select(e => (Result: r, Rank: rank + 1, Estimate: e))).ToList();
        double bestAic = results.Count > 0 ? results[0].Fit.Aic : double.NaN;
        double[] Numbers(Func<(FamilyResult Result, int Rank, ParameterEstimate Estimate), double> f) => rows.Select(f).ToArray();
        var fits = new ParquetTable()
            .Add("family", rows.Select(r => r.Result.Fit.Family.Name).ToArray())
            .Add("aic_rank", rows.Select(r => r.Rank).ToArray())
            .Add("parameter", rows.Select(r => r.Estimate.Name).ToArray())
            .Add("estimate", Numbers(r => r.Estimate.Value))
            .Add("std_error", Numbers(r => r.Estimate.StandardError))
            .Add("wald_low", Numbers(r => r.Estimate.WaldLow))
            .Add("wald_high", Numbers(r => r.Estimate.WaldHigh))
            .Add("profile_low", Numbers(r => r.Estimate.ProfileLow))
            .Add("profile_high", Numbers(r => r.Estimate.ProfileHigh))
            .Add("fixed", rows.Select(r => r.Estimate.IsFixed).ToArray())
            .Add("log_likelihood", Numbers(r => r.Result.Fit.LogLikelihood))
            .Add("aic", Numbers(r => r.Result.Fit.Aic))
            .Add("delta_aic", Numbers(r => r.Result.Fit.Aic - bestAic))
            .Add("bic", Numbers(r => r.Result.Fit.Bic))
            .Add("mean", Numbers(r => r.Result.Fit.Mean))
            .Add("cv", Numbers(r => r.Result.Fit.Cv))
            .Add("ks", Numbers(r => r.Result.Statistics.KolmogorovSmirnov))
            .Add("ks_p", Numbers(r => r.Result.Bootstrap?.KolmogorovSmirnovP ?? double.NaN))
            .Add("ad", Numbers(r => r.Result.Statistics.AndersonDarling))
            .Add("ad_p", Numbers(r => r.Result.Bootstrap?.AndersonDarlingP ?? double.NaN))
            .Add("bootstrap_replicates", rows.Select(r => r.Result.Bootstrap?.Replicates ?? 0).ToArray())
            .Add("records", rows.Select(r => r.Result.Fit.Count).ToArray())
            .Add("failures", rows.Select(r => r.Result.Fit.Failures).ToArray());
        await fits.WriteAsync(Path.Combine(folder, Fits), metadata);

        var table = new ParquetTable()
            .Add("age", km.Times.ToArray())
            .Add("at_risk", km.AtRisk.ToArray())
            .Add("failures", km.Events.ToArray())
            .Add("survival", km.Survival.ToArray())
            .Add("cdf", km.Survival.Select(s => 1 - s).ToArray())
            .Add("std_error", km.StandardErrors.ToArray());
        await table.WriteAsync(Path.Combine(folder, KaplanMeierFile), metadata);
        return [Fits, KaplanMeierFile];
    }
}
