namespace SpareSim.Analytics.Fitting;

/// <summary>
/// A maximum-likelihood fit of one family to a data set: the parameters with their uncertainty,
/// the maximised log-likelihood and the information criteria AIC = 2p − 2ℓ and BIC = p ln n − 2ℓ
/// (p estimated parameters, n records, censored ones included).
/// </summary>
public sealed class FittedLaw
{
    internal FittedLaw(LifeFamily family, double[] parameters, IReadOnlyList<ParameterEstimate> estimates, double logLikelihood, int count, int failures)
    {
        Family = family;
        Parameters = parameters;
        Estimates = estimates;
        LogLikelihood = logLikelihood;
        Count = count;
        Failures = failures;
    }

    /// <summary>The fitted family.</summary>
    public LifeFamily Family { get; }

    /// <summary>The natural parameters (in the order of <see cref="LifeFamily.ParameterNames"/>).</summary>
    public IReadOnlyList<double> Parameters { get; }

    /// <summary>The parameters with standard errors and intervals.</summary>
    public IReadOnlyList<ParameterEstimate> Estimates { get; }

    /// <summary>The maximised log-likelihood.</summary>
    public double LogLikelihood { get; }

    /// <summary>Number of records fitted.</summary>
    public int Count { get; }

    /// <summary>Number of failures among them.</summary>
    public int Failures { get; }

    /// <summary>Akaike's information criterion.</summary>
    public double Aic => 2 * Family.EstimatedParameters - 2 * LogLikelihood;

    /// <summary>The Bayesian (Schwarz) information criterion.</summary>
    public double Bic => Family.EstimatedParameters * Math.Log(Count) - 2 * LogLikelihood;

    /// <summary>The fitted law's mean.</summary>
    public double Mean => Family.Mean(Span);

    /// <summary>The fitted law's coefficient of variation.</summary>
    public double Cv => Family.Cv(Span);

    /// <summary>The fitted CDF at <paramref name="t"/>.</summary>
    public double Cdf(double t) => Family.Cdf(Span, t);

    /// <summary>The fitted p-quantile.</summary>
    public double Quantile(double p) => Family.Quantile(Span, p);

    private ReadOnlySpan<double> Span => ((double[])Parameters).AsSpan();
}
