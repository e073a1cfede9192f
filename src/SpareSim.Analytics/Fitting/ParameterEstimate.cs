namespace SpareSim.Analytics.Fitting;

/// <summary>
/// One fitted parameter: its maximum-likelihood value, standard error (inverse observed
/// information, by the delta method for parameters optimised on the log scale), the Wald interval
/// (formed on the optimiser's scale, so positive parameters get a log-scale interval that stays
/// positive) and, when computed, the profile-likelihood interval. A parameter the fit holds fixed
/// (the Erlang phase count) has NaN for all but its value.
/// </summary>
/// <param name="Name">The natural parameter's name, e.g. "shape".</param>
/// <param name="Value">The estimate.</param>
/// <param name="StandardError">Its standard error (NaN if the information matrix is singular or the parameter is fixed).</param>
/// <param name="WaldLow">Lower end of the Wald interval.</param>
/// <param name="WaldHigh">Upper end of the Wald interval.</param>
/// <param name="ProfileLow">Lower end of the profile-likelihood interval (NaN if not computed; 0 or -∞ if unbounded).</param>
/// <param name="ProfileHigh">Upper end of the profile-likelihood interval (NaN if not computed; +∞ if unbounded).</param>
/// <param name="IsFixed">Whether the fit chose this parameter from a discrete set (no interval).</param>
public sealed record ParameterEstimate(string Name, double Value, double StandardError, double WaldLow, double WaldHigh, double ProfileLow, double ProfileHigh, bool IsFixed);
