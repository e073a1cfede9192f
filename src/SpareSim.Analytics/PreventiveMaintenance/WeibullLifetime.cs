using MathNet.Numerics;

namespace SpareSim.Analytics.PreventiveMaintenance;

/// <summary>
/// Weibull lifetime with scale α and shape β: F̄(t) = exp(−(t/α)^β), mean αΓ(1 + 1/β), the law of
/// chapter 4's numerical work (β = 1 is the exponential law). <see cref="ExactSurvivalIntegral"/> is
/// the incomplete-gamma closed form of ∫_0^t F̄, kept as the independent check of the quadrature.
/// </summary>
public sealed class WeibullLifetime : ILifetimeLaw
{
    /// <summary>Weibull with <paramref name="scale"/> α &gt; 0 and <paramref name="shape"/> β &gt; 0.</summary>
    public WeibullLifetime(double scale, double shape)
    {
        if (!(scale > 0) || !double.IsFinite(scale)) throw new ArgumentOutOfRangeException(nameof(scale), scale, "Weibull scale must be positive and finite");
        if (!(shape > 0) || !double.IsFinite(shape)) throw new ArgumentOutOfRangeException(nameof(shape), shape, "Weibull shape must be positive and finite");
        Scale = scale;
        Shape = shape;
    }

    /// <summary>α.</summary>
    public double Scale { get; }

    /// <summary>β.</summary>
    public double Shape { get; }

    /// <inheritdoc />
    public double Mean => Scale * SpecialFunctions.Gamma(1 + 1 / Shape);

    /// <inheritdoc />
    public string Description => $"Weibull(α={Scale:G6}, β={Shape:G6})";

    /// <inheritdoc />
    public double Survival(double t) => t <= 0 ? 1 : Math.Exp(-Math.Pow(t / Scale, Shape));

    /// <summary>∫_0^t F̄(u) du = (α/β) γ(1/β, (t/α)^β), with γ the lower incomplete gamma function.</summary>
    public double ExactSurvivalIntegral(double t)
    {
        if (t <= 0) return 0;
        double a = 1 / Shape;
        return Scale * a * SpecialFunctions.Gamma(a) * SpecialFunctions.GammaLowerRegularized(a, Math.Pow(t / Scale, Shape));
    }
}
