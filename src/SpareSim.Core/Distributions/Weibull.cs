using MathNet.Numerics;
using SpareSim.Core.Random;

namespace SpareSim.Core.Distributions;

/// <summary>
/// Weibull distribution with shape k and scale λ: P(X &gt; x) = exp(-(x/λ)^k), mean λΓ(1+1/k).
/// Sampled by inversion, λ(-log U)^(1/k), which is exact and needs one uniform.
/// </summary>
public sealed class Weibull : IDistribution
{
    /// <summary>Smallest shape <see cref="FromMeanAndCv"/> searches (cv about 3.7e5).</summary>
    public const double MinSolvedShape = 0.05;

    /// <summary>Largest shape <see cref="FromMeanAndCv"/> searches (cv about 1.3e-4).</summary>
    public const double MaxSolvedShape = 1e4;

    private readonly double _inverseShape;

    private Weibull(double shape, double scale)
    {
        Shape = shape;
        Scale = scale;
        _inverseShape = 1.0 / shape;
    }

    /// <summary>Weibull with <paramref name="shape"/> &gt; 0 and <paramref name="scale"/> &gt; 0.</summary>
    public static Weibull FromShapeAndScale(double shape, double scale)
    {
        Guard.PositiveFinite(shape, nameof(shape));
        Guard.PositiveFinite(scale, nameof(scale));
        return new Weibull(shape, scale);
    }

    /// <summary>Weibull with <paramref name="shape"/> &gt; 0 and <paramref name="mean"/> &gt; 0 (scale mean/Γ(1+1/k)).</summary>
    public static Weibull FromShapeAndMean(double shape, double mean)
    {
        Guard.PositiveFinite(shape, nameof(shape));
        Guard.PositiveFinite(mean, nameof(mean));
        return new Weibull(shape, mean / Math.Exp(SpecialFunctions.GammaLn(1.0 + 1.0 / shape)));
    }

    /// <summary>
    /// Weibull with the given <paramref name="mean"/> and <paramref name="cv"/>. The shape solves
    /// Γ(1+2/k)/Γ(1+1/k)² - 1 = cv² (the left side decreases in k) by bisection on log k over
    /// [<see cref="MinSolvedShape"/>, <see cref="MaxSolvedShape"/>] to machine precision; cv outside
    /// that range throws. The scale then gives the mean exactly.
    /// </summary>
    public static Weibull FromMeanAndCv(double mean, double cv)
    {
        Guard.PositiveFinite(mean, nameof(mean));
        if (!(cv > 0) || double.IsInfinity(cv))
            throw new ArgumentOutOfRangeException(nameof(cv), cv, "cv must be positive and finite for a Weibull law");
        double lo = Math.Log(MinSolvedShape), hi = Math.Log(MaxSolvedShape);
        double target = Math.Log(cv * cv);
        if (LogSquaredCv(Math.Exp(lo)) < target || LogSquaredCv(Math.Exp(hi)) > target)
            throw new ArgumentOutOfRangeException(nameof(cv), cv,
                $"cv must lie in [{Math.Sqrt(Math.Exp(LogSquaredCv(MaxSolvedShape))):G3}, {Math.Sqrt(Math.Exp(LogSquaredCv(MinSolvedShape))):G3}] for a Weibull law");
        for (int i = 0; i < 200 && hi - lo > 1e-15 * Math.Max(1, Math.Abs(lo)); i++)
        {
            double mid = 0.5 * (lo + hi);
            if (LogSquaredCv(Math.Exp(mid)) > target) lo = mid; else hi = mid;
        }
        return FromShapeAndMean(Math.Exp(0.5 * (lo + hi)), mean);
    }

    /// <summary>The shape k.</summary>
    public double Shape { get; }

    /// <summary>The scale λ.</summary>
    public double Scale { get; }

    /// <inheritdoc />
    public double Mean => Scale * Math.Exp(SpecialFunctions.GammaLn(1.0 + _inverseShape));

    /// <inheritdoc />
    public double Variance => Mean * Mean * SquaredCv(Shape);

    /// <inheritdoc />
    public string Description => $"Weibull(shape={Shape:G6}, scale={Scale:G6})";

    /// <inheritdoc />
    public double Sample(RandomStream stream) => Scale * Math.Pow(-Math.Log(stream.NextDouble()), _inverseShape);

    private static double SquaredCv(double shape) =>
        SpecialMath.ExpM1(SpecialFunctions.GammaLn(1.0 + 2.0 / shape) - 2.0 * SpecialFunctions.GammaLn(1.0 + 1.0 / shape));

    private static double LogSquaredCv(double shape) => Math.Log(SquaredCv(shape));
}
