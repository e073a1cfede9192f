namespace SpareSim.Core.Tests.Distributions;

/// <summary>The first four raw moments E[X^k] of a law, computed in the tests from textbook formulas.</summary>
internal sealed record RawMoments(double M1, double M2, double M3, double M4)
{
    public double Mean => M1;

    public double Variance => M2 - M1 * M1;

    /// <summary>E[(X-μ)^4], needed for the standard error of the sample variance.</summary>
    public double CentralFourth => M4 - 4 * M1 * M3 + 6 * M1 * M1 * M2 - 3 * M1 * M1 * M1 * M1;

    public static RawMoments FromFunction(Func<int, double> moment) => new(moment(1), moment(2), moment(3), moment(4));

    /// <summary>Moments of the equally weighted points <paramref name="x"/>.</summary>
    public static RawMoments OfPoints(IReadOnlyList<double> x) =>
        FromFunction(k => x.Average(v => Math.Pow(v, k)));

    /// <summary>E[X^k] of the uniform law on [a, b] (a point mass when a == b).</summary>
    public static double UniformMoment(double a, double b, int k) =>
        a == b ? Math.Pow(a, k) : (Math.Pow(b, k + 1) - Math.Pow(a, k + 1)) / ((k + 1) * (b - a));
}
