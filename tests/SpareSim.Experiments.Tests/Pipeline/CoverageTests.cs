using SpareSim.Experiments.Output;
using SpareSim.Experiments.Running;

namespace SpareSim.Experiments.Tests.Pipeline;

/// <summary>
/// The whole chain (model, runner, summary) gives honest intervals: over 200 independently
/// seeded experiments, the 95% CI of the M/M/1 server utilization covers its exact value
/// rho = lambda/mu in about 95% of them.
/// </summary>
public class CoverageTests
{
    [Fact]
    public void Ci_covers_the_closed_form_in_about_95_percent_of_200_experiments()
    {
        using var t = new TestExperiments();
        const int experiments = 200;
        const double rho = 0.5;
        int covered = 0;
        for (int seed = 1; seed <= experiments; seed++)
        {
            var d = t.Load("""
                { "Name": "coverage", "Model": "mmc-queue", "Replications": 10, "RunLength": 500, "WarmUp": 50,
                  "Parameters": { "arrival_rate": 0.5, "service_rate": 1 } }
                """, $"--MasterSeed={seed}");
            var records = new ExperimentRunner(d, new RunOptions(t.Folder, 2, ShardSpec.All)).Run(null);
            var summary = ResultWriter.Summaries(d, records)[0];
            if (summary.Measures[2].ConfidenceInterval.Contains(rho)) covered++;
        }
        // Binomial(200, 0.95): sd = 0.0154; accept within 3.5 sd below (the interval may over-cover slightly).
        double share = covered / (double)experiments;
        Assert.InRange(share, 0.95 - 3.5 * 0.0154, 1.0);
    }
}
