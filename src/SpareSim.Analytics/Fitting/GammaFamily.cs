using MathNet.Numerics;

namespace SpareSim.Analytics.Fitting;

/// <summary>Gamma life law with shape α and rate β: mean α/β, cv 1/√α.</summary>
public sealed class GammaFamily : LifeFamily
{
    /// <inheritdoc />
    public override string Name => "gamma";

    /// <inheritdoc />
    public override IReadOnlyList<string> ParameterNames { get; } = ["shape", "rate"];

    /// <inheritdoc />
    public override double LogDensity(ReadOnlySpan<double> theta, double t) => LogGammaDensity(theta[0], theta[1], t);

    /// <inheritdoc />
    public override double LogSurvival(ReadOnlySpan<double> theta, double t) => LogGammaSurvival(theta[0], theta[1], t);

    /// <inheritdoc />
    public override double Cdf(ReadOnlySpan<double> theta, double t) => t <= 0 ? 0 : SpecialFunctions.GammaLowerRegularized(theta[0], theta[1] * t);

    /// <inheritdoc />
    public override double Quantile(ReadOnlySpan<double> theta, double p) => SpecialFunctions.GammaLowerRegularizedInv(theta[0], p) / theta[1];

    /// <inheritdoc />
    public override double Mean(ReadOnlySpan<double> theta) => theta[0] / theta[1];

    /// <inheritdoc />
    public override double Cv(ReadOnlySpan<double> theta) => 1 / Math.Sqrt(theta[0]);

    /// <inheritdoc />
    public override double[] InitialGuess(LifeData data)
    {
        var (mean, cv) = CrudeMoments.Of(data);
        double shape = Math.Clamp(1 / (cv * cv), 0.05, 400);
        return [shape, shape / mean];
    }

    /// <inheritdoc />
    public override double LogLikelihood(ReadOnlySpan<double> theta, LifeData data) => GammaLogLikelihood(theta[0], theta[1], data);

    /// <summary>The gamma log-likelihood with lnΓ(α) and log β computed once, not once per record.</summary>
    internal static double GammaLogLikelihood(double shape, double rate, LifeData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        double constant = shape * Math.Log(rate) - SpecialFunctions.GammaLn(shape), sum = 0;
        foreach (var o in data.Span)
        {
            sum += o.Failed ? constant + (shape - 1) * Math.Log(o.Time) - rate * o.Time : LogGammaSurvival(shape, rate, o.Time);
            if (o.Entry > 0) sum -= LogGammaSurvival(shape, rate, o.Entry);
        }
        return sum;
    }

    internal static double LogGammaDensity(double shape, double rate, double t) =>
        shape * Math.Log(rate) + (shape - 1) * Math.Log(t) - rate * t - SpecialFunctions.GammaLn(shape);

    internal static double LogGammaSurvival(double shape, double rate, double t) =>
        t <= 0 ? 0 : Math.Log(SpecialFunctions.GammaUpperRegularized(shape, rate * t));
}
