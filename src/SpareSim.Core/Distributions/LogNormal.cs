using SpareSim.Core.Random;

namespace SpareSim.Core.Distributions;

/// <summary>
/// Log-normal distribution: X = exp(μ + σZ), Z standard normal (mean exp(μ+σ²/2),
/// cv √(exp(σ²)-1)). The normal draw comes from MathNet.Numerics.
/// </summary>
public sealed class LogNormal : IDistribution
{
    private LogNormal(double mu, double sigma)
    {
        Mu = mu;
        Sigma = sigma;
    }

    /// <summary>Log-normal from the parameters of log X: location <paramref name="mu"/> and scale <paramref name="sigma"/> &gt; 0.</summary>
    public static LogNormal FromLogParameters(double mu, double sigma)
    {
        Guard.Finite(mu, nameof(mu));
        Guard.PositiveFinite(sigma, nameof(sigma));
        return new LogNormal(mu, sigma);
    }

    /// <summary>Log-normal with the given <paramref name="mean"/> &gt; 0 and <paramref name="cv"/> &gt; 0: σ² = ln(1+cv²), μ = ln(mean) - σ²/2.</summary>
    public static LogNormal FromMeanAndCv(double mean, double cv)
    {
        Guard.PositiveFinite(mean, nameof(mean));
        if (!(cv > 0) || double.IsInfinity(cv))
            throw new ArgumentOutOfRangeException(nameof(cv), cv, "cv must be positive and finite for a log-normal law");
        double sigma2 = Math.Log(1.0 + cv * cv);
        return new LogNormal(Math.Log(mean) - 0.5 * sigma2, Math.Sqrt(sigma2));
    }

    /// <summary>The mean μ of log X.</summary>
    public double Mu { get; }

    /// <summary>The standard deviation σ of log X.</summary>
    public double Sigma { get; }

    /// <inheritdoc />
    public double Mean => Math.Exp(Mu + 0.5 * Sigma * Sigma);

    /// <inheritdoc />
    public double Variance => SpecialMath.ExpM1(Sigma * Sigma) * Math.Exp(2.0 * Mu + Sigma * Sigma);

    /// <inheritdoc />
    public string Description => $"LogNormal(mean={Mean:G6}, cv={Math.Sqrt(SpecialMath.ExpM1(Sigma * Sigma)):G6})";

    /// <inheritdoc />
    public double Sample(RandomStream stream) => Math.Exp(Mu + Sigma * stream.NextStandardNormal());
}
