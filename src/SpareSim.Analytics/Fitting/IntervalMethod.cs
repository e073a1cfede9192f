namespace SpareSim.Analytics.Fitting;

/// <summary>Which parameter intervals a fit computes.</summary>
public enum IntervalMethod
{
    /// <summary>Standard errors and Wald intervals from the observed information only (fast).</summary>
    Wald,

    /// <summary>Wald intervals and profile-likelihood intervals (a constrained refit per end point).</summary>
    Profile,
}
