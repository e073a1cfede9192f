using SpareSim.Analytics.Common;

namespace SpareSim.Analytics.Tests.Common;

/// <summary>
/// The GTH profile solver against closed forms on a birth–death chain whose stationary
/// probabilities span 1e-250..1: componentwise relative accuracy, where a normwise solve would
/// return zeros or noise for the rare states.
/// </summary>
public class GthProfileSolverTests
{
    [Fact]
    public void StationaryDistributionOfAStiffBirthDeathChainIsAccurateInEveryState()
    {
        const int n = 40;
        // Birth rate 1e-3, death rate 10 i: p_i = Π_j 1e-4 / j, down to ~1e-208 at i = 39.
        double Birth(int i) => 1e-3;
        double Death(int i) => 10.0 * i;
        // Pin state 0: rows i ≠ 0 of A = diag(out-rate) − rates, row 0 unit; slack = rate into 0.
        var slack = new double[n];
        var matrix = SparseRowMatrix.Build(n, 3, (i, cols, vals) =>
        {
            if (i == 0) { cols[0] = 0; vals[0] = 1; slack[0] = 1; return 1; }
            int c = 0;
            double total = Death(i) + (i < n - 1 ? Birth(i) : 0);
            if (i - 1 > 0) { cols[c] = i - 1; vals[c++] = -Death(i); } else slack[i] = Death(i);
            cols[c] = i; vals[c++] = total;
            if (i < n - 1) { cols[c] = i + 1; vals[c++] = -Birth(i); }
            return c;
        });
        var solver = new GthProfileSolver(matrix, slack);
        var rhs = new double[n];
        rhs[0] = 1;
        rhs[1] = Birth(0);
        var p = new double[n];
        solver.SolveTransposed(rhs, p);
        double expected = 1;
        for (int i = 1; i < n; i++)
        {
            expected *= Birth(i - 1) / Death(i);
            Assert.True(Math.Abs(p[i] - expected) <= 1e-12 * expected, $"state {i}: {p[i]:R} vs {expected:R}");
        }
        Assert.True(expected < 1e-200);
    }

    [Fact]
    public void SolveMatchesMeanPassageTimesOfThePureDeathChain()
    {
        // Pure death chain i → i−1 at rate μ, pinned at 0: A w = 1 gives w_i = i / μ exactly.
        const int n = 40;
        const double mu = 0.3;
        var slack = new double[n];
        var matrix = SparseRowMatrix.Build(n, 2, (i, cols, vals) =>
        {
            if (i == 0) { cols[0] = 0; vals[0] = 1; slack[0] = 1; return 1; }
            int c = 0;
            if (i > 1) { cols[c] = i - 1; vals[c++] = -mu; } else slack[i] = mu;
            cols[c] = i; vals[c++] = mu;
            return c;
        });
        var ones = Enumerable.Repeat(1.0, n).ToArray();
        ones[0] = 0;
        var w = new double[n];
        new GthProfileSolver(matrix, slack).Solve(ones, w);
        for (int i = 0; i < n; i++) Assert.Equal(i / mu, w[i], 1e-12 * Math.Max(1, i / mu));
    }
}
