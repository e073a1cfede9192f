namespace SpareSim.Analytics.Fitting;

/// <summary>Exponential life law with rate λ: f(t) = λe^(−λt), mean 1/λ, cv 1.</summary>
public sealed class ExponentialFamily : LifeFamily
{
    /// <inheritdoc />
    public override string Name => "exponential";

    /// <inheritdoc />
    public override IReadOnlyList<string> ParameterNames { get; } = ["rate"];

    /// <inheritdoc />
    public override double LogDensity(ReadOnlySpan<double> theta, double t) => Math.Log(theta[0]) - theta[0] * t;

    /// <inheritdoc />
    public override double LogSurvival(ReadOnlySpan<double> theta, double t) => -theta[0] * t;

    /// <inheritdoc />
    public override double Cdf(ReadOnlySpan<double> theta, double t) => -Accurate.ExpM1(-theta[0] * t);

    /// <inheritdoc />
    public override double Quantile(ReadOnlySpan<double> theta, double p) => -Accurate.Log1P(-p) / theta[0];

    /// <inheritdoc />
    public override double Mean(ReadOnlySpan<double> theta) => 1 / theta[0];

    /// <inheritdoc />
    public override double Cv(ReadOnlySpan<double> theta) => 1;

    /// <inheritdoc />
    public override double[] InitialGuess(LifeData data) => [data.Failures / data.TotalTimeOnTest];
}
