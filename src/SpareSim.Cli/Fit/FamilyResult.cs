using SpareSim.Analytics.Fitting;

namespace SpareSim.Cli.Fit;

/// <summary>One fitted family with its goodness of fit and bootstrap p-values (null when not run).</summary>
internal sealed record FamilyResult(FittedLaw Fit, GoodnessOfFitStatistics Statistics, BootstrapResult? Bootstrap);
