using SpareSim.Analytics.RemotePrinting;

namespace SpareSim.Analytics.Tests.RemotePrinting;

public class PrintThresholdTests
{
    [Fact]
    public void Theorem32MonotoneInBacklogPrintCostAndPrintedFailureProbability()
    {
        // n*_p is nonincreasing in b, nondecreasing in c_p and in p_p.
        double[] grid = [5, 10, 20, 30, 50, 80, 120];
        for (int i = 1; i < grid.Length; i++)
        {
            Assert.True(PrintThreshold.Compute(50, grid[i], 0.2, 0.9995) <= PrintThreshold.Compute(50, grid[i - 1], 0.2, 0.9995));
            Assert.True(PrintThreshold.Compute(grid[i], 30, 0.2, 0.9995) >= PrintThreshold.Compute(grid[i - 1], 30, 0.2, 0.9995));
        }
        for (double pp = 0.05; pp < 0.9; pp += 0.05)
            Assert.True(PrintThreshold.Compute(50, 30, pp + 0.05, 0.9995) >= PrintThreshold.Compute(50, 30, pp, 0.9995));
    }

    [Theory]
    [InlineData(29.9, 1)]
    [InlineData(30, 2)]
    [InlineData(53.9, 2)]
    [InlineData(54, 3)]
    public void BoundaryCasesOfEq31(double printCost, int expected)
    {
        // b = 30, q = 0.9995·0.8 = 0.7996: partial sums 1, 1.7996, 2.4390…; print iff c_p/b is strictly below.
        Assert.Equal(expected, PrintThreshold.Compute(printCost, 30, 0.2, 0.9995));
    }

    [Fact]
    public void BadInputIsRejectedNamingTheParameter()
    {
        Assert.Equal("printedFailureProbability", Assert.Throws<ArgumentOutOfRangeException>(() => PrintThreshold.Compute(50, 30, 1.2, 0.9)).ParamName);
        Assert.Equal("discount", Assert.Throws<ArgumentOutOfRangeException>(() => new RemoteSiteInstance(3, 14, 100, 50, 0.01, 0.2, 1, 30, 1.0)).ParamName);
        Assert.Equal("cycleLength", Assert.Throws<ArgumentOutOfRangeException>(() => new RemoteSiteInstance(3, 1, 100, 50, 0.01, 0.2, 1, 30, 0.9)).ParamName);
        Assert.Contains("c_r p_r < c_p p_p does not hold", new RemoteSiteInstance(8, 7, 3.21, 0.30, 0.0027, 0.027, 0.01, 400, 0.9995).AssumptionWarnings());
    }
}
