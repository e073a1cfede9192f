using MathNet.Numerics;

namespace SpareSim.Analytics.Fitting;

/// <summary>
/// Erlang life law: a gamma law with an integer shape k (the phase count) and phase rate μ;
/// mean k/μ, cv 1/√k. The fit profiles the likelihood over k (each k a one-parameter fit of μ),
/// so k is estimated and counted in AIC/BIC but has no interval.
/// </summary>
public sealed class ErlangFamily : LifeFamily
{
    /// <summary>Largest phase count the fit tries.</summary>
    public const int MaxPhases = 400;

    /// <inheritdoc />
    public override string Name => "erlang";

    /// <inheritdoc />
    public override IReadOnlyList<string> ParameterNames { get; } = ["phases", "rate"];

    /// <inheritdoc />
    public override double LogDensity(ReadOnlySpan<double> theta, double t) => GammaFamily.LogGammaDensity(theta[0], theta[1], t);

    /// <inheritdoc />
    public override double LogLikelihood(ReadOnlySpan<double> theta, LifeData data) => GammaFamily.GammaLogLikelihood(theta[0], theta[1], data);

    /// <inheritdoc />
    public override double LogSurvival(ReadOnlySpan<double> theta, double t) => GammaFamily.LogGammaSurvival(theta[0], theta[1], t);

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
        double k = Math.Clamp(Math.Round(1 / (cv * cv)), 1, MaxPhases);
        return [k, k / mean];
    }
}
