namespace SpareSim.Analytics.PreventiveMaintenance;

/// <summary>
/// The lifetime (failure age) law of a new part, as the renewal-reward formulas of chapter 4 need
/// it: the survival function F̄(t) = P(X &gt; t). Time is in the instance's unit (days).
/// </summary>
public interface ILifetimeLaw
{
    /// <summary>F̄(t) = P(X &gt; t); 1 for t ≤ 0.</summary>
    double Survival(double t);

    /// <summary>E[X].</summary>
    double Mean { get; }

    /// <summary>A short description for reports.</summary>
    string Description { get; }
}
