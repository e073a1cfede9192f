using SpareSim.Analytics.IpLicensing;

namespace SpareSim.Experiments.Studies.IpLicensing;

/// <summary>An instance solved: the procedure's optimum, Theorem 5.2's alone, the brute force and the measures.</summary>
public sealed record IpInstanceResult(IpInstance Instance, TwoBuyerContract Problem, ContractBruteForce BruteForce)
{
    /// <summary>The optimum's configuration.</summary>
    public SupplyChainConfiguration Configuration => Problem.Classify(Problem.Optimal.Outcome);

    /// <summary>π⁺, η, H of the optimum.</summary>
    public ContractMetrics Metrics => ContractMetrics.Of(Problem, Problem.Optimal.Outcome);

    /// <summary>The brute force found nothing better than the procedure, and came within its grid tolerance.</summary>
    public bool BruteForceAgrees
    {
        get
        {
            double p = Problem.Optimal.Outcome.Profit, b = BruteForce.Best.Profit;
            return b <= p + 1e-6 * Math.Abs(p) && b >= p - BruteForce.Tolerance;
        }
    }

    /// <summary>Theorem 5.2's candidates alone fall short of the optimum (by more than the limit candidate's δ).</summary>
    public bool TheoremShort => Problem.Optimal.Outcome.Profit > Problem.TheoremOptimal.Outcome.Profit + 1e-6 * Math.Abs(Problem.Optimal.Outcome.Profit);

    /// <summary>Solves <paramref name="instance"/>.</summary>
    public static IpInstanceResult Solve(IpInstance instance, double step)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var problem = new TwoBuyerContract(instance.Market, [instance.SmallRate, instance.LargeRate]);
        return new IpInstanceResult(instance, problem, new ContractBruteForce(problem.Game, step));
    }
}
