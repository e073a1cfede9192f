namespace SpareSim.Analytics.Fitting;

/// <summary>
/// A parametric family of positive life laws that can be fitted by maximum likelihood: its
/// density, survival and quantile functions in its natural parameters, the map of those
/// parameters to an unconstrained vector (logarithms of positive parameters) for the optimiser,
/// a starting point, and the mean and coefficient of variation that model files state laws by.
/// </summary>
public abstract class LifeFamily
{
    /// <summary>The family name as model files spell it (lower case), e.g. "weibull".</summary>
    public abstract string Name { get; }

    /// <summary>The natural parameter names, e.g. ["shape", "scale"].</summary>
    public abstract IReadOnlyList<string> ParameterNames { get; }

    /// <summary>The number of estimated parameters (AIC/BIC penalty); Erlang counts its phase count.</summary>
    public virtual int EstimatedParameters => ParameterNames.Count;

    /// <summary>log f(t) at <paramref name="theta"/>, for t &gt; 0.</summary>
    public abstract double LogDensity(ReadOnlySpan<double> theta, double t);

    /// <summary>log S(t) = log P(T &gt; t), for t ≥ 0 (0 at t = 0).</summary>
    public abstract double LogSurvival(ReadOnlySpan<double> theta, double t);

    /// <summary>F(t) = P(T ≤ t).</summary>
    public abstract double Cdf(ReadOnlySpan<double> theta, double t);

    /// <summary>The p-quantile, 0 &lt; p &lt; 1.</summary>
    public abstract double Quantile(ReadOnlySpan<double> theta, double p);

    /// <summary>The mean of the law.</summary>
    public abstract double Mean(ReadOnlySpan<double> theta);

    /// <summary>The coefficient of variation (standard deviation / mean).</summary>
    public abstract double Cv(ReadOnlySpan<double> theta);

    /// <summary>A starting point in natural parameters from crude moments of <paramref name="data"/>.</summary>
    public abstract double[] InitialGuess(LifeData data);

    /// <summary>Whether natural parameter <paramref name="index"/> must be positive (optimised on the log scale).</summary>
    public virtual bool IsPositive(int index) => true;

    /// <summary>The natural parameters as the optimiser's unconstrained vector.</summary>
    public double[] ToFree(ReadOnlySpan<double> theta)
    {
        var free = new double[theta.Length];
        for (int i = 0; i < theta.Length; i++) free[i] = IsPositive(i) ? Math.Log(theta[i]) : theta[i];
        return free;
    }

    /// <summary>The natural parameters of an unconstrained vector.</summary>
    public double[] FromFree(ReadOnlySpan<double> free)
    {
        var theta = new double[free.Length];
        for (int i = 0; i < free.Length; i++) theta[i] = IsPositive(i) ? Math.Exp(free[i]) : free[i];
        return theta;
    }

    /// <summary>
    /// The log-likelihood of <paramref name="data"/>: Σ failures log f(t) + Σ censored log S(t)
    /// − Σ log S(entry) (a unit observed from age a contributes its law conditional on T &gt; a).
    /// </summary>
    public virtual double LogLikelihood(ReadOnlySpan<double> theta, LifeData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        double sum = 0;
        foreach (var o in data.Span)
        {
            sum += o.Failed ? LogDensity(theta, o.Time) : LogSurvival(theta, o.Time);
            if (o.Entry > 0) sum -= LogSurvival(theta, o.Entry);
        }
        return sum;
    }
}
