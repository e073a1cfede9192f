using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SpareSim.Analytics.Fitting;
using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Output;

namespace SpareSim.Cli.Fit;

/// <summary>
/// Runs one fit: reads and checks the data (exit-2 errors name column and row), fits every family,
/// bootstraps their KS/AD p-values, and writes the report, plots, Parquet tables and the chosen law
/// into the output folder under the project's folder rules (manifest, no overwriting of inputs,
/// temporary names renamed into place).
/// </summary>
internal static class FitRun
{
    public static async Task<int> RunAsync(FitOptions options, string commandLine, TextWriter log,
        BootstrapProgress? progress = null, CancellationToken cancellation = default)
    {
        var table = LifeTable.Read(options.Data);
        var data = table.Records(options.Column, options.Censored, options.Entry);
        var folder = OutputFolder.Check(options.Output, [options.Data], options.Force);
        Directory.CreateDirectory(options.Output);
        using var folderLock = OutputFolderLock.Acquire(options.Output);

        log.WriteLine($"fit: {data.Count} records ({data.Failures} failures, {data.Censored} censored) from '{options.Data}', column '{options.Column}'");
        var (ranked, failed) = FamilyComparison.Fit(options.Families, data, options.Intervals);
        if (ranked.Count == 0)
            throw new ExperimentInputException(options.Column, $"no family could be fitted: {string.Join("; ", failed.Select(f => $"{f.Family}: {f.Reason}"))}");
        var results = new List<FamilyResult>();
        foreach (var fit in ranked)
        {
            var bootstrap = options.Bootstrap > 0
                ? ParametricBootstrap.Run(fit, data, options.Bootstrap, options.Seed, done => progress?.Report(fit.Family.Name, done, options.Bootstrap), cancellation)
                : null;
            results.Add(new FamilyResult(fit, bootstrap?.Observed ?? GoodnessOfFit.Of(fit, data), bootstrap));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {fit.Family.Name,-12} AIC {fit.Aic,12:F3}  mean {fit.Mean,10:G5}  cv {fit.Cv,8:G4}  KS p {bootstrap?.KolmogorovSmirnovP,6:F3}  AD p {bootstrap?.AndersonDarlingP,6:F3}"));
        }
        foreach (var (family, reason) in failed) log.WriteLine($"  {family,-12} not fitted: {reason}");

        cancellation.ThrowIfCancellationRequested(); // nothing is written before this point
        var km = KaplanMeier.Estimate(data);
        var metadata = Provenance.For("fit", Hash(options), (ulong)options.Seed);
        var written = new List<string>();
        written.AddRange(await FitTables.WriteAsync(results, km, options.Output, metadata));
        written.AddRange(FitPlots.Render(options.Column, data, km, ranked, options.Output));
        string? law = null;
        if (options.Empirical)
        {
            var csv = new StringBuilder("cdf,age\n");
            for (int j = 0; j < km.Times.Count; j++)
                csv.Append(CultureInfo.InvariantCulture, $"{(1 - km.Survival[j]).ToString("R", CultureInfo.InvariantCulture)},{km.Times[j].ToString("R", CultureInfo.InvariantCulture)}\n");
            written.Add(WriteText(options.Output, FitReport.EmpiricalLaw, csv.ToString()));
        }
        else
        {
            law = ModelFileLaw.Of(ranked[0]);
            written.Add(WriteText(options.Output, FitReport.Law, law + "\n"));
        }
        written.Add(WriteText(options.Output, FitReport.File, FitReport.Build(options, data, results, failed, law, written.Where(f => f.EndsWith(".png", StringComparison.Ordinal)).ToList(), commandLine)));
        folder.Commit(written);
        log.WriteLine(law is null ? $"empirical law: {Path.Combine(options.Output, FitReport.EmpiricalLaw)}" : $"chosen law ({ranked[0].Family.Name}, lowest AIC): {law}");
        log.WriteLine($"wrote {options.Output}/{FitReport.File}");
        return 0;
    }

    private static string WriteText(string folder, string file, string text)
    {
        string path = Path.Combine(folder, file);
        File.WriteAllText(path + ".tmp", text);
        File.Move(path + ".tmp", path, overwrite: true);
        return file;
    }

    private static string Hash(FitOptions options)
    {
        var bytes = File.ReadAllBytes(options.Data).Concat(Encoding.UTF8.GetBytes("\n" + options.Canonical())).ToArray();
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
