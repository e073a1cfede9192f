using System.Diagnostics;
using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Analytics.Tests.DualSourcing;

/// <summary>
/// Issue 12's off-grid instances: very expensive backorders against brute force over every
/// deterministic policy (evaluated by an independent dense GTH on <see cref="ReferenceChain"/>),
/// free holding reported as an unbounded optimum, and an installed base out of reach failing fast.
/// </summary>
public class SolverRobustnessTests
{
    [Theory]
    [InlineData(20.0)]
    [InlineData(1e8)]
    [InlineData(1e10)]
    public void OptimumMatchesBruteForceOverAllPolicies(double backorderCost)
    {
        // k = 1, S = 1 keeps the brute force to a few hundred policies (k = 2 takes half a minute).
        var x = new DualSourcingInstance(1, 0.02, 0.5, 10, 0.035, 2, 20, backorderCost, 10, 0.2);
        var reference = new ReferenceChain(x, 1);
        double best = BruteForceOptimum(reference);
        var solution = DualSourcingSolver.Solve(x, new DualSourcingStateSpace(1, 1));
        Assert.True(Math.Abs(solution.TotalCost - best) <= 1e-9 * best, $"solver {solution.TotalCost:R}, brute force {best:R}");
        Assert.False(solution.PrecisionLimited, solution.PrecisionNote);
        var policy = solution.Policy();
        double own = DenseGthCost(reference, s => (policy[s].Install() == PartVersion.Am, policy[s].Order() == PartVersion.Am))!.Value;
        Assert.True(Math.Abs(solution.TotalCost - own) <= 1e-9 * own, $"solver {solution.TotalCost:R}, its policy evaluated densely {own:R}");
    }

    [Fact]
    public void FreeHoldingIsReportedAsUnbounded()
    {
        var x = new DualSourcingInstance(3, 0.02, 0.5, 10, 0.035, 2, 20, 200, 10, 0);
        var sw = Stopwatch.StartNew();
        var cm = Assert.Throws<UnboundedOptimumException>(() => SingleSourcingModel.Optimize(x, PartVersion.Cm));
        Assert.Contains("holding rate 0", cm.Message);
        var dual = Assert.Throws<UnboundedOptimumException>(() => new DualSourcingOptimizer().Optimize(x));
        Assert.Contains("holding rate 0", dual.Message);
        Assert.True(sw.Elapsed.TotalSeconds < 20, $"took {sw.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void SingleSourcingWithFreeHoldingAndCheapBackordersStillHasItsOptimum()
    {
        // b < λ(c + m): each backorder saves more purchase and maintenance than it costs, so S = 0.
        var x = new DualSourcingInstance(3, 0.02, 0.5, 10, 0.035, 2, 20, 0.1, 10, 0);
        Assert.Equal(0, SingleSourcingModel.Optimize(x, PartVersion.Cm).BaseStock);
    }

    [Fact]
    public void InstalledBaseOutOfReachFailsFastWithTheReason()
    {
        var x = new DualSourcingInstance(200, 0.02, 0.5, 10, 0.035, 2, 20, 200, 10, 0.2);
        var sw = Stopwatch.StartNew();
        var e = Assert.Throws<SolverLimitException>(() => new DualSourcingOptimizer().Optimize(x));
        Assert.True(sw.Elapsed.TotalSeconds < 2, $"took {sw.Elapsed.TotalSeconds:F1} s");
        Assert.Contains("GiB", e.Message);
        Assert.Contains("k = 200", e.Message);
    }

    [Fact]
    public void TimeLimitStopsTheSearch()
    {
        var x = new DualSourcingInstance(20, 0.02, 0.5, 10, 0.035, 2, 20, 1e9, 10, 0.2);
        var sw = Stopwatch.StartNew();
        Assert.Throws<SolverLimitException>(() => new DualSourcingOptimizer(SolverLimits.Default with { MaxSeconds = 0.2 }).Optimize(x));
        Assert.True(sw.Elapsed.TotalSeconds < 5, $"took {sw.Elapsed.TotalSeconds:F1} s");
    }

    private static double BruteForceOptimum(ReferenceChain chain)
    {
        var states = chain.States;
        var choices = states.Select(s => s.InstalledCm + s.InstalledAm == 0 ? 1 : s.StockCm > 0 && s.StockAm > 0 ? 4 : 2).ToArray();
        double combinations = choices.Aggregate(1.0, (a, c) => a * c);
        Assert.True(combinations <= 1 << 20, $"{combinations} policies: too many for brute force");
        var digit = new int[states.Count];
        var index = chain.Index;
        double best = double.PositiveInfinity;
        while (true)
        {
            var cost = DenseGthCost(chain, s => (digit[index[s]] >= 2, digit[index[s]] % 2 == 1));
            if (cost is double c && c < best) best = c;
            int d = 0;
            while (d < digit.Length && ++digit[d] == choices[d]) digit[d++] = 0;
            if (d == digit.Length) return best;
        }
    }

    // Grassmann–Taksar–Heyman state reduction on the dense rate matrix of the policy's closed
    // class: subtraction-free, exact to round-off componentwise. Null when the policy has several
    // closed classes (their gains are reached by unichain policies too).
    private static double? DenseGthCost(ReferenceChain chain, Func<DualSourcingState, (bool InstallAm, bool OrderAm)> policy)
    {
        int all = chain.States.Count;
        var rates = new double[all, all];
        for (int i = 0; i < all; i++)
        {
            var (ia, oa) = policy(chain.States[i]);
            foreach (var (to, rate) in chain.Transitions(chain.States[i], ia, oa))
            {
                int j = chain.Index[to];
                if (j != i) rates[i, j] += rate;
            }
        }
        var reach = new bool[all, all];
        for (int i = 0; i < all; i++)
        {
            var stack = new Stack<int>([i]);
            reach[i, i] = true;
            while (stack.Count > 0)
            {
                int v = stack.Pop();
                for (int j = 0; j < all; j++) if (rates[v, j] > 0 && !reach[i, j]) { reach[i, j] = true; stack.Push(j); }
            }
        }
        // Recurrent states: every state they reach reaches them back.
        var recurrent = Enumerable.Range(0, all).Where(i => Enumerable.Range(0, all).All(j => !reach[i, j] || reach[j, i])).ToArray();
        if (recurrent.Any(i => !reach[i, recurrent[0]])) return null;
        int n = recurrent.Length;
        var a = new double[n, n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a[i, j] = i == j ? 0 : rates[recurrent[i], recurrent[j]];
        for (int k = n - 1; k > 0; k--)
        {
            double s = 0;
            for (int j = 0; j < k; j++) s += a[k, j];
            for (int i = 0; i < k; i++) a[i, k] /= s;
            for (int i = 0; i < k; i++)
                if (a[i, k] != 0)
                    for (int j = 0; j < k; j++) if (j != i) a[i, j] += a[i, k] * a[k, j];
        }
        var p = new double[n];
        p[0] = 1;
        for (int j = 1; j < n; j++) for (int i = 0; i < j; i++) p[j] += p[i] * a[i, j];
        double total = p.Sum(), cost = 0;
        for (int i = 0; i < n; i++) cost += p[i] / total * chain.Cost(chain.States[recurrent[i]]);
        return cost;
    }
}
