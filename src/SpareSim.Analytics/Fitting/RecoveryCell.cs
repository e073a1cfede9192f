namespace SpareSim.Analytics.Fitting;

/// <summary>
/// The outcome of fitting many data sets simulated from one known law: per parameter, how often
/// its interval covered the true value (Wald and, if computed, profile), and how often each family
/// had the lowest AIC.
/// </summary>
/// <param name="Family">The true family.</param>
/// <param name="Parameters">The true natural parameters.</param>
/// <param name="Count">Records per data set.</param>
/// <param name="CensoringTarget">The censored fraction the censoring rate was solved for.</param>
/// <param name="CensoredShare">The censored fraction realised over all data sets.</param>
/// <param name="Repetitions">Data sets fitted.</param>
/// <param name="WaldCovered">Per parameter, data sets whose Wald interval covered the true value (-1: fixed parameter).</param>
/// <param name="ProfileCovered">Per parameter, the same for the profile interval (-1: not computed or fixed).</param>
/// <param name="FixedRecovered">Data sets in which a fixed (discrete) parameter was estimated exactly (the Erlang phase count).</param>
/// <param name="AicWins">Per competing family name, the data sets it won by AIC (empty if no comparison was run).</param>
public sealed record RecoveryCell(
    string Family, IReadOnlyList<double> Parameters, int Count, double CensoringTarget, double CensoredShare, int Repetitions,
    IReadOnlyList<int> WaldCovered, IReadOnlyList<int> ProfileCovered, int FixedRecovered, IReadOnlyDictionary<string, int> AicWins);
