using MathNet.Numerics;

namespace SpareSim.Analytics.Fitting;

/// <summary>
/// A life law of the gamma form, θ = (shape, rate): density, survival, likelihood, CDF, quantile,
/// mean shape/rate and cv 1/√shape. The gamma family (any shape) and the Erlang family (integer
/// shape, the phase count) differ only in their names and starting points, so they share these.
/// </summary>
public abstract class GammaShapedFamily : LifeFamily
{
    /// <inheritdoc />
    public override double LogDensity(ReadOnlySpan<double> theta, double t) =>
        theta[0] * Math.Log(theta[1]) + (theta[0] - 1) * Math.Log(t) - theta[1] * t - SpecialFunctions.GammaLn(theta[0]);

    /// <inheritdoc />
    public override double LogSurvival(ReadOnlySpan<double> theta, double t) => LogSurvival(theta[0], theta[1], t);

    /// <inheritdoc />
    public override double LogLikelihood(ReadOnlySpan<double> theta, LifeData data)
    {
        // lnΓ(α) and log β once, not once per record.
        ArgumentNullException.ThrowIfNull(data);
        double shape = theta[0], rate = theta[1];
        double constant = shape * Math.Log(rate) - SpecialFunctions.GammaLn(shape), sum = 0;
        foreach (var o in data.Span)
        {
            sum += o.Failed ? constant + (shape - 1) * Math.Log(o.Time) - rate * o.Time : LogSurvival(shape, rate, o.Time);
            if (o.Entry > 0) sum -= LogSurvival(shape, rate, o.Entry);
        }
        return sum;
    }

    /// <inheritdoc />
    public override double Cdf(ReadOnlySpan<double> theta, double t) => t <= 0 ? 0 : SpecialFunctions.GammaLowerRegularized(theta[0], theta[1] * t);

    /// <inheritdoc />
    public override double Quantile(ReadOnlySpan<double> theta, double p) => SpecialFunctions.GammaLowerRegularizedInv(theta[0], p) / theta[1];

    /// <inheritdoc />
    public override double Mean(ReadOnlySpan<double> theta) => theta[0] / theta[1];

    /// <inheritdoc />
    public override double Cv(ReadOnlySpan<double> theta) => 1 / Math.Sqrt(theta[0]);

    private static double LogSurvival(double shape, double rate, double t) =>
        t <= 0 ? 0 : Math.Log(SpecialFunctions.GammaUpperRegularized(shape, rate * t));
}
