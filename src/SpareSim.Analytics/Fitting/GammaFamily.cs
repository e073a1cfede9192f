namespace SpareSim.Analytics.Fitting;

/// <summary>Gamma life law with shape α and rate β: mean α/β, cv 1/√α.</summary>
public sealed class GammaFamily : GammaShapedFamily
{
    /// <inheritdoc />
    public override string Name => "gamma";

    /// <inheritdoc />
    public override IReadOnlyList<string> ParameterNames { get; } = ["shape", "rate"];

    /// <inheritdoc />
    public override double[] InitialGuess(LifeData data)
    {
        var (mean, cv) = CrudeMoments.Of(data);
        double shape = Math.Clamp(1 / (cv * cv), 0.05, 400);
        return [shape, shape / mean];
    }
}
