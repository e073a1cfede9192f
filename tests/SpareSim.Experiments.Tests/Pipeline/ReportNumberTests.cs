using SpareSim.Experiments.Output;

namespace SpareSim.Experiments.Tests.Pipeline;

/// <summary>The report's numbers: five significant digits, plain notation, rounded from the exact binary value.</summary>
public class ReportNumberTests
{
    [Theory]
    [InlineData(3.1501e-05, "0.000031501")]
    [InlineData(8.27434e-06, "0.0000082743")]
    [InlineData(14.52494, "14.525")]
    [InlineData(0.4081349999, "0.40813")]
    [InlineData(123456.7, "123457")]
    [InlineData(2.0, "2")]
    [InlineData(-0.92617, "-0.92617")]
    [InlineData(0.0, "0")]
    [InlineData(1e-10, "1E-10")]
    [InlineData(double.NaN, "NaN")]
    public void Numbers_are_plain_with_five_significant_digits(double x, string expected) =>
        Assert.Equal(expected, ResultWriter.Format(x));
}
