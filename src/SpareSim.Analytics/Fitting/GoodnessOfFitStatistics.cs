namespace SpareSim.Analytics.Fitting;

/// <summary>The distances between the empirical (Kaplan–Meier) and a fitted distribution function.</summary>
/// <param name="KolmogorovSmirnov">D = sup |Fₙ(t) − F(t)| over the observed range.</param>
/// <param name="AndersonDarling">A² = n ∫ (Fₙ − F)² / (F(1 − F)) dF over the observed range.</param>
public readonly record struct GoodnessOfFitStatistics(double KolmogorovSmirnov, double AndersonDarling);
