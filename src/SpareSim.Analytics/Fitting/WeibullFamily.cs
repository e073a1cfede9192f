using MathNet.Numerics;

namespace SpareSim.Analytics.Fitting;

/// <summary>Weibull life law with shape k and scale λ: S(t) = exp(−(t/λ)^k), mean λΓ(1+1/k).</summary>
public sealed class WeibullFamily : LifeFamily
{
    /// <inheritdoc />
    public override string Name => "weibull";

    /// <inheritdoc />
    public override IReadOnlyList<string> ParameterNames { get; } = ["shape", "scale"];

    /// <inheritdoc />
    public override double LogDensity(ReadOnlySpan<double> theta, double t)
    {
        double k = theta[0], logRatio = Math.Log(t / theta[1]);
        return Math.Log(k / theta[1]) + (k - 1) * logRatio - Math.Exp(k * logRatio);
    }

    /// <inheritdoc />
    public override double LogSurvival(ReadOnlySpan<double> theta, double t) => -Math.Pow(t / theta[1], theta[0]);

    /// <inheritdoc />
    public override double Cdf(ReadOnlySpan<double> theta, double t) => -Accurate.ExpM1(-Math.Pow(t / theta[1], theta[0]));

    /// <inheritdoc />
    public override double Quantile(ReadOnlySpan<double> theta, double p) => theta[1] * Math.Pow(-Accurate.Log1P(-p), 1 / theta[0]);

    /// <inheritdoc />
    public override double Mean(ReadOnlySpan<double> theta) => theta[1] * Math.Exp(SpecialFunctions.GammaLn(1 + 1 / theta[0]));

    /// <inheritdoc />
    public override double Cv(ReadOnlySpan<double> theta)
    {
        double k = theta[0];
        return Math.Sqrt(Accurate.ExpM1(SpecialFunctions.GammaLn(1 + 2 / k) - 2 * SpecialFunctions.GammaLn(1 + 1 / k)));
    }

    /// <inheritdoc />
    public override double[] InitialGuess(LifeData data)
    {
        var (mean, cv) = CrudeMoments.Of(data);
        // cv ≈ k^−1.086 is the usual closed-form approximation of the Weibull cv; good enough to start.
        double k = Math.Clamp(Math.Pow(cv, -1 / 1.086), 0.1, 50);
        return [k, mean / Math.Exp(SpecialFunctions.GammaLn(1 + 1 / k))];
    }
}
