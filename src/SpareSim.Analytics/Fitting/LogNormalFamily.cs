using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace SpareSim.Analytics.Fitting;

/// <summary>Log-normal life law: log T ~ Normal(μ, σ²), mean exp(μ + σ²/2), cv √(exp(σ²) − 1).</summary>
public sealed class LogNormalFamily : LifeFamily
{
    private static readonly double LogSqrtTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <inheritdoc />
    public override string Name => "lognormal";

    /// <inheritdoc />
    public override IReadOnlyList<string> ParameterNames { get; } = ["mu", "sigma"];

    /// <inheritdoc />
    public override bool IsPositive(int index) => index == 1;

    /// <inheritdoc />
    public override double LogDensity(ReadOnlySpan<double> theta, double t)
    {
        double logT = Math.Log(t), z = (logT - theta[0]) / theta[1];
        return -logT - Math.Log(theta[1]) - LogSqrtTwoPi - 0.5 * z * z;
    }

    /// <inheritdoc />
    public override double LogSurvival(ReadOnlySpan<double> theta, double t)
    {
        if (t <= 0) return 0;
        return LogUpperNormalTail((Math.Log(t) - theta[0]) / theta[1]);
    }

    /// <inheritdoc />
    public override double Cdf(ReadOnlySpan<double> theta, double t) =>
        t <= 0 ? 0 : 0.5 * SpecialFunctions.Erfc(-(Math.Log(t) - theta[0]) / (theta[1] * Math.Sqrt(2)));

    /// <inheritdoc />
    public override double Quantile(ReadOnlySpan<double> theta, double p) => Math.Exp(theta[0] + theta[1] * Normal.InvCDF(0, 1, p));

    /// <inheritdoc />
    public override double Mean(ReadOnlySpan<double> theta) => Math.Exp(theta[0] + 0.5 * theta[1] * theta[1]);

    /// <inheritdoc />
    public override double Cv(ReadOnlySpan<double> theta) => Math.Sqrt(Accurate.ExpM1(theta[1] * theta[1]));

    /// <inheritdoc />
    public override double[] InitialGuess(LifeData data)
    {
        var (mu, sigma) = CrudeMoments.OfLogs(data);
        return [mu, sigma];
    }

    /// <summary>log P(Z &gt; z) for a standard normal Z, with the asymptotic series where erfc underflows.</summary>
    private static double LogUpperNormalTail(double z)
    {
        if (z < 30) return Math.Log(0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2)));
        double z2 = z * z;
        return -0.5 * z2 - Math.Log(z) - LogSqrtTwoPi + Math.Log(1 - 1 / z2 + 3 / (z2 * z2));
    }
}
