using SpareSim.Analytics.DualSourcing;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace SpareSim.Experiments.Studies.Knofius;

/// <summary>
/// The study behind <c>experiments/knofius-table2.json</c>: solves the §4 factorial (CM, AM and
/// Dual at their optimal base stocks), writes instances.csv and instances.parquet, and builds
/// report.md with Table 2, Table 4, Fig. 4 and Fig. 5. Analytic: no replications, no seeds.
/// </summary>
public static class KnofiusTable2Study
{
    /// <summary>Binds the experiment file plus command-line overrides (key=value); unknown keys are errors.</summary>
    public static KnofiusTable2Options LoadOptions(string experimentFile, IEnumerable<string> overrides)
    {
        var options = StudyOptionsLoader.Load<KnofiusTable2Options>(experimentFile, overrides);
        // Building every instance validates every level (rates > 0, costs >= 0) before anything is written.
        var design = options.Design();
        _ = design.Groups();
        // An installed base out of the solver's reach fails here, before hours of solving: S = 0
        // is the smallest state space of each k.
        foreach (int k in design.InstalledBase.Distinct()) SolverLimits.Default.Check(k, 0);
        return options;
    }

    /// <summary>Runs the study; progress and a summary go to <paramref name="log"/>.</summary>
    public static async Task<int> RunAsync(KnofiusTable2Options options, string commandLine, TextWriter log, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        Directory.CreateDirectory(options.Output);
        string csv = Path.Combine(options.Output, "instances.csv");
        string runtime = "not measured (report rebuilt from instances.csv)";
        if (!options.ReportOnly)
        {
            var sw = Stopwatch.StartNew();
            var results = new KnofiusFactorialRunner().Run(options.Design(), options.DegreeOfParallelism, (done, total) =>
            {
                if (done % 200 == 0 || done == total) log.WriteLine(Inv($"knofius-table2: {done}/{total} instances, {sw.Elapsed.TotalSeconds:F0} s"));
            }, cancellation);
            runtime = Inv($"{sw.Elapsed.TotalSeconds:F0} s wall clock for {results.Count} instances with {options.DegreeOfParallelism} parallel groups on {Environment.ProcessorCount} cores");
            KnofiusResultsCsv.Write(csv, results);
            foreach (var failed in results.Where(r => r.Error is not null)) log.WriteLine($"instance {failed.Point.Index} failed: {failed.Error}");
        }
        var rows = KnofiusResultsCsv.Read(csv);
        int failures = rows.Count(r => r["error"] != 0);
        var solved = rows.Where(r => r["error"] == 0).ToList();
        var metadata = DualSourcingValidation.StudyProvenance.For("knofius-table2", options, masterSeed: 0, commandLine);
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["source"] = "Knofius, van der Heijden, Sleptchenko, Zijm (2020), section 4, Table 2 and Table 4",
            ["instances"] = rows.Count.ToString(CultureInfo.InvariantCulture),
            ["failed_instances"] = failures.ToString(CultureInfo.InvariantCulture),
        })
        {
            metadata[key] = value;
        }
        await KnofiusParquet.WriteAsync(Path.Combine(options.Output, "instances.parquet"), rows, metadata);
        if (!options.IsFullFactorial)
        {
            log.WriteLine("knofius-table2: reduced factorial, Table 2 needs every level; wrote the instances only");
            return failures == 0 ? 0 : 1;
        }
        KnofiusFigures.SaveCostComposition(Path.Combine(options.Output, "fig4-cost-composition.png"), KnofiusFigures.CostComposition(solved));
        KnofiusFigures.SaveDepletion(Path.Combine(options.Output, "fig5-depletion-before-first-am-order.png"), KnofiusFigures.DepletionHistogram(solved));
        string preamble = string.Join('\n',
            $"Command: `{commandLine}`  ",
            $"Runtime: {runtime}  ",
            Inv($"Instances: {rows.Count} ({failures} failed{(failures > 0 ? ", left out of the tables" : "")}). Per-instance results: `instances.parquet` (and `instances.csv`)."),
            "",
            "Method: CM-only and AM-only by the exact finite-source birth-death chain, Dual by policy iteration on the paper's CTMC (evaluation: ILU(0)-preconditioned GMRES at relative residual 1e-10, banded direct LU where GMRES stalls), each at the base stock of the greedy search of §3.5 (first S with C(S) < C(S+1)). Time unit month, holding rate κ per month.");
        string report = KnofiusReport.Build(solved, preamble, "fig4-cost-composition.png", "fig5-depletion-before-first-am-order.png");
        string reportPath = Path.Combine(options.Output, "report.md");
        File.WriteAllText(reportPath + ".tmp", report);
        File.Move(reportPath + ".tmp", reportPath, overwrite: true);
        log.WriteLine($"knofius-table2: wrote {reportPath}");
        return failures == 0 ? 0 : 1;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
