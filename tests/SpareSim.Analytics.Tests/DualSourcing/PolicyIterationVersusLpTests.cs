using Google.OrTools.LinearSolver;
using Xunit.Abstractions;
using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Analytics.Tests.DualSourcing;

/// <summary>
/// Policy iteration against the paper's LP (Problem 2: state–action frequencies y_c(i), balance
/// equations, normalisation) solved by GLOP on the independent <see cref="ReferenceChain"/>.
/// </summary>
public class PolicyIterationVersusLpTests(ITestOutputHelper output)
{
    public static TheoryData<int, int, double, double, double, double, double, double> Cases => new()
    {
        // k, S, λA, μA, cA, b, m, oA (λC = 0.02, μC = 0.5, cC = 10, κ = 0.2 unless noted)
        { 2, 0, 0.035, 2, 20, 200, 10, 0 },
        { 2, 1, 0.035, 2, 20, 200, 10, 0 },
        { 3, 2, 0.0175, 4, 10, 2000, 2, 0 },
        { 4, 1, 0.0525, 1, 30, 20, 18, 0 },
        { 5, 2, 0.035, 4, 20, 2000, 10, 0 },
        { 5, 3, 0.0175, 2, 10, 200, 2, 0 },
        { 3, 2, 0.035, 2, 20, 200, 10, 0.5 },
        // Fast, unreliable parts: the structure of the §3.5 example (k = 2, λ = 1, μC = 1, μA = 5).
        { 2, 2, 1, 5, 20, 250, 25, 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void PolicyIterationAndLpAgreeOnTheOptimalCost(int k, int s, double la, double ma, double ca, double b, double m, double oA)
    {
        bool fast = la >= 1;
        var x = new DualSourcingInstance(k, fast ? 1 : 0.02, fast ? 1 : 0.5, 10, la, ma, ca, b, m, fast ? 0.25 : 0.2, oA);
        var pi = DualSourcingSolver.Solve(x, new DualSourcingStateSpace(k, s));
        double lp = LpOptimum(new ReferenceChain(x, s));
        output.WriteLine($"k={k} S={s}: PI {pi.TotalCost:R}, LP {lp:R}, relative difference {Math.Abs(pi.TotalCost - lp) / lp:g3}");
        Assert.True(Math.Abs(pi.TotalCost - lp) <= 1e-8 * lp, $"PI {pi.TotalCost:R} vs LP {lp:R}, relative {Math.Abs(pi.TotalCost - lp) / lp:g3}");
        Assert.True(Math.Abs(pi.Cost.Total - lp) <= 1e-8 * lp, $"PI (from stationary distribution) {pi.Cost.Total:R} vs LP {lp:R}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void OptimalPolicyEvaluatedIndependentlyHasThePolicyIterationCost(int k, int s, double la, double ma, double ca, double b, double m, double oA)
    {
        bool fast = la >= 1;
        var x = new DualSourcingInstance(k, fast ? 1 : 0.02, fast ? 1 : 0.5, 10, la, ma, ca, b, m, fast ? 0.25 : 0.2, oA);
        var pi = DualSourcingSolver.Solve(x, new DualSourcingStateSpace(k, s));
        var policy = pi.Policy();
        var reference = new ReferenceChain(x, s);
        var (cost, p) = reference.Evaluate(state => (policy[state].Install() == PartVersion.Am, policy[state].Order() == PartVersion.Am));
        Assert.Equal(cost, pi.TotalCost, 1e-9 * cost);
        for (int i = 0; i < pi.Space.Count; i++)
            Assert.Equal(p[reference.Index[pi.Space[i]]], pi.StationaryDistribution[i], 1e-9);
    }

    internal static double LpOptimum(ReferenceChain chain)
    {
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP not available");
        solver.SetSolverSpecificParametersAsString("primal_feasibility_tolerance: 1e-13 dual_feasibility_tolerance: 1e-13");
        int n = chain.States.Count;
        var balance = new Constraint[n];
        for (int j = 0; j < n; j++) balance[j] = solver.MakeConstraint(0, 0);
        var normalisation = solver.MakeConstraint(1, 1);
        var objective = solver.Objective();
        for (int i = 0; i < n; i++)
        {
            var s = chain.States[i];
            foreach (var (installAm, orderAm) in new[] { (true, true), (false, true), (true, false), (false, false) })
            {
                var y = solver.MakeNumVar(0, double.PositiveInfinity, $"y{i}_{installAm}_{orderAm}");
                normalisation.SetCoefficient(y, 1);
                objective.SetCoefficient(y, chain.Cost(s));
                double outRate = 0;
                var inflow = new Dictionary<int, double>();
                foreach (var (to, rate) in chain.Transitions(s, installAm, orderAm))
                {
                    int j = chain.Index[to];
                    inflow[j] = inflow.GetValueOrDefault(j) + rate;
                    outRate += rate;
                }
                foreach (var (j, rate) in inflow) balance[j].SetCoefficient(y, rate + (j == i ? -outRate : 0));
                if (!inflow.ContainsKey(i)) balance[i].SetCoefficient(y, -outRate);
            }
        }
        objective.SetMinimization();
        var status = solver.Solve();
        Assert.Equal(Solver.ResultStatus.OPTIMAL, status);
        return objective.Value();
    }
}
