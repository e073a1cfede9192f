using SpareSim.Analytics.DualSourcing;
using SpareSim.Experiments.Studies.DualSourcingValidation;

namespace SpareSim.Experiments.Tests.Studies;

/// <summary>
/// The reduced version of experiments/dual-sourcing-validation.json: a few Table 2 instances,
/// fewer and shorter replications, through the study's own code path. The simulated mean total
/// cost must lie within 4.5 standard errors of the analytic (MDP) optimum.
/// </summary>
public class DualSourcingValidationStudyTests
{
    public static TheoryData<int, double, double, double, double, double, double, double, double, double> Instances => new()
    {
        // k, lambdaC, muC, lambdaA, muA, cA, b, m, kappa, (cC = 10)
        { 10, 0.02, 0.5, 0.0175, 1, 10, 20, 2, 0.15, 10 },
        { 20, 0.015, 0.25, 0.035, 4, 10, 20, 18, 0.2, 10 },
        { 30, 0.01, 0.15, 0.0525, 4, 30, 2000, 18, 0.25, 10 },
    };

    [Theory]
    [MemberData(nameof(Instances))]
    public void Simulated_cost_under_the_optimal_policy_matches_the_mdp(int k, double lambdaC, double muC, double lambdaA, double muA,
        double priceA, double backorder, double maintenance, double holding, double priceC)
    {
        var instance = new DualSourcingInstance(k, lambdaC, muC, priceC, lambdaA, muA, priceA, backorder, maintenance, holding);
        var options = new DualSourcingValidationOptions { Replications = 8, RunLength = 20_000, WarmUp = 500, MasterSeed = 7, DegreeOfParallelism = 2 };
        var row = DualSourcingValidationStudy.RunInstance("test", 0, instance, options);
        double analytic = row.Numbers["analytic_cost"];
        double mean = row.Numbers["sim_mean_cost"];
        // The study reports a 95% t interval over 8 replications (t = 2.365); 4.5 SE is its half-width x 4.5 / 2.365.
        double standardError = (row.Numbers["sim_ci_high"] - row.Numbers["sim_ci_low"]) / 2 / 2.365;
        Assert.True(Math.Abs(mean - analytic) <= 4.5 * standardError,
            $"simulated {mean:F4} vs analytic {analytic:F4}, 4.5 SE = {4.5 * standardError:F4}");
    }
}
