using Xunit.Abstractions;
using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Analytics.Tests.DualSourcing;

/// <summary>
/// Certificates of optimality independent of policy iteration: for any function h on the states,
/// T(i) = min_a [g(i) + Σ_j q_ij(a) (h_j − h_i)] bounds the optimal average cost,
/// min_i T(i) ≤ G* ≤ max_i T(i) (the uniformised Bellman operator's span bounds). The transitions
/// and costs come from the independent <see cref="ReferenceChain"/>; h only decides how tight the
/// bounds are, never whether they hold, so taking it from the solver does not make the check
/// circular.
/// </summary>
public class BellmanBoundsCertificateTests(ITestOutputHelper output)
{
    // The off-grid instance of issue 12: k = 13, λC = 0.2941, μC = 1.1105, cC = 3.3765,
    // λA = 0.6394, μA = 1.0298, cA = 0.2625, b = 533.88, m = 0, κ = 0.0807.
    private static readonly DualSourcingInstance IssueK13 = new(13, 0.2941, 1.1105, 3.3765, 0.6394, 1.0298, 0.2625, 533.88, 0, 0.0807);

    // The cost the issue reports for its exact solve at S* = 21.
    private const double IssueReportedCost = 2.48331701265;

    // The issue's instance through the whole greedy search (S = 0 .. 22): S* = 21, its cost within
    // the bounds at S = 21, and the lower bounds at S = 20 and 22 above the upper bound at S = 21.
    [Fact]
    public void IssueK13InstanceOptimumIsCertifiedByTheBounds()
    {
        var optimum = new DualSourcingOptimizer().Optimize(IssueK13);
        var solution = optimum.Optimal;
        Assert.Equal(21, optimum.BaseStock);
        var (lo, hi) = Bounds(IssueK13, solution);
        output.WriteLine($"S = 21 ({solution.Space.Count} states): policy iteration {solution.TotalCost:R}, bounds [{lo:R}, {hi:R}], issue {IssueReportedCost:R}");
        Assert.InRange(solution.TotalCost, lo, hi);
        Assert.True(hi - lo <= 1e-6 * solution.TotalCost, $"bounds [{lo:R}, {hi:R}] wider than 1e-6 relative");
        Assert.Null(solution.PrecisionNote);
        foreach (int neighbour in new[] { 20, 22 })
        {
            var (neighbourLo, _) = Bounds(IssueK13, DualSourcingSolver.Solve(IssueK13, new DualSourcingStateSpace(IssueK13.InstalledBase, neighbour)));
            output.WriteLine($"  S = {neighbour}: lower bound {neighbourLo:R}");
            Assert.True(neighbourLo > hi, $"S = {neighbour} may cost {neighbourLo:R}, not above the optimum's bound {hi:R}");
        }
        // The issue's figure is 1.0e-4 relative above the largest optimal cost these parameters allow
        // (they are printed to four digits; the issue's solve presumably used unrounded ones).
        Assert.True(IssueReportedCost > hi, $"issue's {IssueReportedCost:R} within the bounds [{lo:R}, {hi:R}]");
    }

    // The optimizer's S* and cost on small instances: the cost lies within the bounds at S*, and
    // the lower bounds at S* − 1 and S* + 1 lie above the upper bound at S* (a local minimum in S,
    // the global one where C*(S) is unimodal, the paper's Conjecture 1). The bounds are only as
    // tight as h: after a GMRES solve (relative residual 1e-10) about 1e-9 relative.
    [Theory]
    [InlineData(20.0)]
    [InlineData(2000.0)]
    public void OptimumOfSmallInstancesIsCertifiedByTheBounds(double backorderCost)
    {
        var x = new DualSourcingInstance(4, 0.3, 0.7, 12, 0.5, 2.5, 4, backorderCost, 1.5, 0.12);
        var optimum = new DualSourcingOptimizer().Optimize(x);
        int s = optimum.BaseStock;
        var (lo, hi) = Bounds(x, optimum.Optimal);
        output.WriteLine($"b = {backorderCost:g}: S* = {s}, cost {optimum.Optimal.TotalCost:R}, bounds [{lo:R}, {hi:R}]");
        Assert.InRange(optimum.Optimal.TotalCost, lo - 1e-12 * hi, hi + 1e-12 * hi);
        Assert.True(hi - lo <= 1e-8 * optimum.Optimal.TotalCost, $"bounds [{lo:R}, {hi:R}] wider than 1e-8 relative");
        Assert.True(s >= 1, "the instances are chosen with S* > 0");
        foreach (int neighbour in new[] { s - 1, s + 1 })
        {
            var (neighbourLo, _) = Bounds(x, DualSourcingSolver.Solve(x, new DualSourcingStateSpace(x.InstalledBase, neighbour)));
            output.WriteLine($"  S = {neighbour}: lower bound {neighbourLo:R}");
            Assert.True(neighbourLo > hi, $"S = {neighbour} may cost {neighbourLo:R}, not above the optimum's bound {hi:R}");
        }
    }

    // A Table 2 instance (item 3, k = 20, λA = 0.0175, μA = 2, cA = 10, b = 2000, m = 10, κ = 0.15,
    // S* = 4) whose iterative values leave improvements of 5e-7 of the cost unresolved: the solver
    // settles the policy by GTH. Its cost lies within bounds 1e-9 wide built from GTH values.
    [Fact]
    public void PolicyIsSettledByGthWhereIterativeValuesAreTooCoarse()
    {
        var x = new DualSourcingInstance(20, 0.01, 0.15, 10, 0.0175, 2, 10, 2000, 10, 0.15);
        var solution = DualSourcingSolver.Solve(x, new DualSourcingStateSpace(20, 4));
        var (lo, hi) = Bounds(x, solution, direct: true);
        output.WriteLine($"cost {solution.TotalCost:R}, bounds [{lo:R}, {hi:R}], suboptimality bound {solution.SuboptimalityBound:g3}");
        Assert.Null(solution.PrecisionNote);
        Assert.InRange(solution.TotalCost, lo, hi);
        Assert.True(hi - lo <= 1e-9 * solution.TotalCost, $"bounds [{lo:R}, {hi:R}] wider than 1e-9 relative");
        // The cost the solver of b344a9c (where issue 12 started) reported for this instance in the
        // Table 2 factorial lies above the upper bound: that policy was not optimal to 1e-9.
        Assert.True(9.129513212780315 > hi);
    }

    // The solver's own lower bound (what the base-stock search stops on) against the one computed
    // here from the reference chain, for the optimal h and for random h, below the LP optimum.
    [Fact]
    public void SolverLowerBoundMatchesTheReferenceChainAndStaysBelowTheLpOptimum()
    {
        var x = new DualSourcingInstance(4, 0.3, 0.7, 12, 0.5, 2.5, 4, 200, 1.5, 0.12);
        var space = new DualSourcingStateSpace(x.InstalledBase, 3);
        double lp = PolicyIterationVersusLpTests.LpOptimum(new ReferenceChain(x, 3));
        var chain = new DualSourcingChain(x, space, SolverLimits.Default, DualSourcingSolver.Deadline(SolverLimits.Default));
        var solution = DualSourcingSolver.Solve(x, space);
        var random = new Random(12);
        var hs = new List<double[]> { Values(x, solution) };
        for (int t = 0; t < 20; t++) hs.Add(hs[0].Select(v => v + 0.4 * (random.NextDouble() - 0.5)).ToArray());
        foreach (var h in hs)
        {
            double ours = chain.LowerBound(h), reference = LowerBound(x, space, h);
            // Ours is lowered by 1e-12 of the magnitudes summed per state (round-off guard):
            // at most, never above the exact value.
            double guard = 1e-11 * (Math.Abs(reference) + 10 * h.Max(Math.Abs));
            Assert.InRange(ours, reference - guard, reference + 1e-12 * Math.Abs(reference));
            Assert.True(ours <= lp * (1 + 1e-12), $"bound {ours:R} above the LP optimum {lp:R}");
        }
        output.WriteLine($"LP {lp:R}, bound at the optimal h {chain.LowerBound(hs[0]):R}, at random h from {hs.Skip(1).Min(chain.LowerBound):R}");
    }

    // Bellman bounds on the optimal cost at the solution's base stock, with h the relative values of
    // the solution's policy.
    private static (double Lo, double Hi) Bounds(DualSourcingInstance x, DualSourcingSolution solution, bool direct = false)
    {
        var h = Values(x, solution, direct);
        var space = solution.Space;
        var (lo, hi) = Span(x, space, h);
        return (lo + x.DesignCostAm, hi + x.DesignCostAm);
    }

    private static double LowerBound(DualSourcingInstance x, DualSourcingStateSpace space, double[] h) => Span(x, space, h).Lo;

    // The relative values of the solution's policy, from the solver's evaluation (GTH if direct).
    private static double[] Values(DualSourcingInstance x, DualSourcingSolution solution, bool direct = false)
    {
        var space = solution.Space;
        var chain = new DualSourcingChain(x, space, SolverLimits.Default, DualSourcingSolver.Deadline(SolverLimits.Default)) { DirectOnly = direct };
        int n = space.Count;
        var u = new double[n];
        var w = new double[n];
        var h = new double[n];
        int reference = 0;
        chain.Evaluate((DualSourcingAction[])solution.Actions.Clone(), u, w, h, ref reference, out _);
        return h;
    }

    // min_i and max_i of T(i) = min_a [g(i) + Σ_j q_ij(a) (h_j − h_i)], from the reference chain.
    private static (double Lo, double Hi) Span(DualSourcingInstance x, DualSourcingStateSpace space, double[] h)
    {
        int n = space.Count;
        var referenceChain = new ReferenceChain(x, space.BaseStock);
        Assert.Equal(n, referenceChain.States.Count);
        double Value(DualSourcingState s) => space.TryIndexOf(s, out int i) ? h[i] : throw new InvalidOperationException($"state {s} of the reference chain is not in the solver's space");
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        foreach (var state in referenceChain.States)
        {
            double hs = Value(state), best = double.PositiveInfinity;
            foreach (var (installAm, orderAm) in new[] { (true, true), (false, true), (true, false), (false, false) })
            {
                double t = referenceChain.Cost(state);
                foreach (var (to, rate) in referenceChain.Transitions(state, installAm, orderAm)) t += rate * (Value(to) - hs);
                best = Math.Min(best, t);
            }
            lo = Math.Min(lo, best);
            hi = Math.Max(hi, best);
        }
        return (lo, hi);
    }
}
