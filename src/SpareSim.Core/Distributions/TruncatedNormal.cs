using SpareSim.Core.Random;

namespace SpareSim.Core.Distributions;

/// <summary>
/// A normal law N(μ, σ²) conditioned on X ≥ a (truncated below at a, typically 0 for durations).
/// With α = (a-μ)/σ and λ = φ(α)/(1-Φ(α)): mean μ + σλ, variance σ²(1 + αλ - λ²), the exact moments
/// of the truncated law (not of the parent normal). Sampling: for α &lt; 0 by rejection from the parent
/// normal (acceptance ≥ 1/2); otherwise by Robert's (1995) exponential-proposal rejection with the
/// optimal rate (α+√(α²+4))/2, whose acceptance stays above 0.76 for every α ≥ 0.
/// </summary>
public sealed class TruncatedNormal : IDistribution
{
    /// <summary>Largest standardized truncation point α = (a-μ)/σ that <see cref="FromMeanAndCv"/> searches.</summary>
    public const double MaxSolvedAlpha = 40;

    private readonly double _alpha;
    private readonly double _robertRate;

    private TruncatedNormal(double mu, double sigma, double lowerBound)
    {
        ParentMean = mu;
        ParentStandardDeviation = sigma;
        LowerBound = lowerBound;
        _alpha = (lowerBound - mu) / sigma;
        _robertRate = 0.5 * (_alpha + Math.Sqrt(_alpha * _alpha + 4.0));
    }

    /// <summary>
    /// The parent normal with mean <paramref name="parentMean"/> and standard deviation
    /// <paramref name="parentStandardDeviation"/> &gt; 0, truncated below at <paramref name="lowerBound"/>.
    /// </summary>
    public static TruncatedNormal FromParent(double parentMean, double parentStandardDeviation, double lowerBound)
    {
        Guard.Finite(parentMean, nameof(parentMean));
        Guard.PositiveFinite(parentStandardDeviation, nameof(parentStandardDeviation));
        Guard.Finite(lowerBound, nameof(lowerBound));
        return new TruncatedNormal(parentMean, parentStandardDeviation, lowerBound);
    }

    /// <summary>
    /// The normal law truncated below at 0 whose truncated mean and cv are <paramref name="mean"/> &gt; 0 and
    /// <paramref name="cv"/> in (0, 1). The cv of the truncated law depends only on α and rises from 0
    /// (α → -∞, hardly truncated) towards 1 (α → ∞, nearly exponential); α is found by bisection, then
    /// σ = mean/(λ-α) and μ = -ασ. cv beyond the value at α = <see cref="MaxSolvedAlpha"/> (about 0.9994) throws.
    /// </summary>
    public static TruncatedNormal FromMeanAndCv(double mean, double cv)
    {
        Guard.PositiveFinite(mean, nameof(mean));
        if (!(cv > 0 && cv < 1))
            throw new ArgumentOutOfRangeException(nameof(cv), cv, "cv must be in (0, 1) for a normal law truncated at 0");
        double hi = MaxSolvedAlpha;
        if (CvOfAlpha(hi) < cv)
            throw new ArgumentOutOfRangeException(nameof(cv), cv, $"cv must be at most {CvOfAlpha(hi):G6} for a normal law truncated at 0 (closer to 1, use the exponential)");
        // Hardly truncated below cv ~ 1/|α|, so starting at -(2/cv + 10) brackets the root.
        double lo = -(2.0 / cv + 10.0);
        for (int i = 0; i < 200 && hi - lo > 1e-15 * Math.Max(1.0, Math.Abs(lo)); i++)
        {
            double mid = 0.5 * (lo + hi);
            if (CvOfAlpha(mid) < cv) lo = mid; else hi = mid;
        }
        double alpha = 0.5 * (lo + hi);
        double sigma = mean / (SpecialMath.InverseMillsRatio(alpha) - alpha);
        return new TruncatedNormal(-alpha * sigma, sigma, 0.0);
    }

    /// <summary>The mean μ of the parent normal (not of this law).</summary>
    public double ParentMean { get; }

    /// <summary>The standard deviation σ of the parent normal.</summary>
    public double ParentStandardDeviation { get; }

    /// <summary>The truncation point a: every draw is ≥ a.</summary>
    public double LowerBound { get; }

    /// <inheritdoc />
    public double Mean => ParentMean + ParentStandardDeviation * SpecialMath.InverseMillsRatio(_alpha);

    /// <inheritdoc />
    public double Variance
    {
        get
        {
            double lambda = SpecialMath.InverseMillsRatio(_alpha);
            return ParentStandardDeviation * ParentStandardDeviation * (1.0 - lambda * (lambda - _alpha));
        }
    }

    /// <inheritdoc />
    public string Description => $"TruncatedNormal(parentMean={ParentMean:G6}, parentSd={ParentStandardDeviation:G6}, lower={LowerBound:G6})";

    /// <inheritdoc />
    public double Sample(RandomStream stream)
    {
        if (_alpha < 0)
        {
            while (true)
            {
                double x = ParentMean + ParentStandardDeviation * stream.NextStandardNormal();
                if (x >= LowerBound) return x;
            }
        }
        while (true)
        {
            double z = _alpha - Math.Log(stream.NextDouble()) / _robertRate;
            double d = z - _robertRate;
            if (stream.NextDouble() <= Math.Exp(-0.5 * d * d))
                return Math.Max(LowerBound, ParentMean + ParentStandardDeviation * z);
        }
    }

    private static double CvOfAlpha(double alpha)
    {
        double lambda = SpecialMath.InverseMillsRatio(alpha);
        double meanFactor = lambda - alpha;
        return Math.Sqrt(1.0 - lambda * meanFactor) / meanFactor;
    }
}
