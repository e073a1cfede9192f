using MathNet.Numerics.LinearAlgebra;
using SpareSim.Analytics.Common;

namespace SpareSim.Analytics.Tests.Common;

public class SparseSolverTests
{
    // A random nonsymmetric, row diagonally dominant M-matrix with a few entries per row within a band.
    private static SparseRowMatrix RandomMMatrix(int n, int seed, out Matrix<double> dense)
    {
        var rng = new Random(seed);
        var d = Matrix<double>.Build.Dense(n, n);
        for (int i = 0; i < n; i++)
        {
            double off = 0;
            for (int e = 0; e < 4; e++)
            {
                int j = Math.Clamp(i + rng.Next(-12, 13), 0, n - 1);
                if (j == i || d[i, j] != 0) continue;
                double v = rng.NextDouble() * (e % 2 == 0 ? 50 : 0.05);
                d[i, j] = -v; off += v;
            }
            d[i, i] = off + 1e-3 + rng.NextDouble() * 1e-2;
        }
        dense = d;
        return SparseRowMatrix.Build(n, 8, (i, cols, vals) =>
        {
            int c = 0;
            for (int j = 0; j < n; j++) if (d[i, j] != 0) { cols[c] = j; vals[c] = d[i, j]; c++; }
            return c;
        });
    }

    [Fact]
    public void GmresWithIluAndBandedLuMatchADenseSolve()
    {
        var a = RandomMMatrix(300, 7, out var dense);
        var b = Enumerable.Range(0, 300).Select(i => Math.Sin(i) + 2).ToArray();
        var expected = dense.Solve(Vector<double>.Build.DenseOfArray(b));
        double scale = expected.AbsoluteMaximum();
        var x = new double[300];
        new GmresSolver(1e-12, 40, 2000).Solve(a, new IncompleteLuPreconditioner(a), b, x);
        for (int i = 0; i < 300; i++) Assert.Equal(expected[i], x[i], 1e-8 * scale);
        var y = new double[300];
        new BandedLuSolver(a).Solve(b, y);
        for (int i = 0; i < 300; i++) Assert.Equal(expected[i], y[i], 1e-10 * scale);
    }

    [Fact]
    public void TransposeAndMultiplyAgreeWithDense()
    {
        var a = RandomMMatrix(50, 3, out var dense);
        var x = Enumerable.Range(0, 50).Select(i => i * 0.1).ToArray();
        var y = new double[50];
        a.Transpose().Multiply(x, y);
        var expected = dense.TransposeThisAndMultiply(Vector<double>.Build.DenseOfArray(x));
        for (int i = 0; i < 50; i++) Assert.Equal(expected[i], y[i], 1e-12);
    }

    [Fact]
    public void TerminalComponentsFindTheClosedClasses()
    {
        // 0 -> 1 -> 2 -> 1 (closed {1,2}); 3 -> 4 -> 3 (closed {3,4}); 5 -> 0.
        int[][] edges = [[1], [2], [1], [4], [3], [0]];
        var closed = TerminalComponents.Find(6, 1, (v, next) => { edges[v].CopyTo(next); return edges[v].Length; }, out var comp);
        Assert.Equal(2, closed.Count);
        Assert.Equal(comp[1], comp[2]);
        Assert.Equal(comp[3], comp[4]);
        Assert.Contains(comp[1], closed);
        Assert.Contains(comp[3], closed);
        Assert.DoesNotContain(comp[0], closed);
        Assert.DoesNotContain(comp[5], closed);
    }
}
