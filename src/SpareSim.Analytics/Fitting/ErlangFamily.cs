namespace SpareSim.Analytics.Fitting;

/// <summary>
/// Erlang life law: a gamma law with an integer shape k (the phase count) and phase rate μ;
/// mean k/μ, cv 1/√k. The fit profiles the likelihood over k (each k a one-parameter fit of μ),
/// so k is estimated and counted in AIC/BIC but has no interval.
/// </summary>
public sealed class ErlangFamily : GammaShapedFamily
{
    /// <summary>Largest phase count the fit tries.</summary>
    public const int MaxPhases = 400;

    /// <inheritdoc />
    public override string Name => "erlang";

    /// <inheritdoc />
    public override IReadOnlyList<string> ParameterNames { get; } = ["phases", "rate"];

    /// <inheritdoc />
    public override double[] InitialGuess(LifeData data)
    {
        var (mean, cv) = CrudeMoments.Of(data);
        double k = Math.Clamp(Math.Round(1 / (cv * cv)), 1, MaxPhases);
        return [k, k / mean];
    }
}
