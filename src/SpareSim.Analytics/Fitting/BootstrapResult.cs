namespace SpareSim.Analytics.Fitting;

/// <summary>Parametric-bootstrap p-values of the goodness-of-fit statistics of one fit.</summary>
/// <param name="Observed">The statistics of the fit to the data.</param>
/// <param name="KolmogorovSmirnovP">(1 + #{D* ≥ D}) / (B + 1).</param>
/// <param name="AndersonDarlingP">(1 + #{A²* ≥ A²}) / (B + 1).</param>
/// <param name="Replicates">B, the replicates that produced statistics.</param>
/// <param name="Discarded">Replicates discarded because the simulated data had no failure or the refit failed.</param>
public sealed record BootstrapResult(GoodnessOfFitStatistics Observed, double KolmogorovSmirnovP, double AndersonDarlingP, int Replicates, int Discarded);
