using SpareSim.Core.Random;

namespace SpareSim.Core.Distributions;

/// <summary>
/// A constant. <see cref="Sample"/> returns the value without drawing from the stream, so swapping a
/// random law for a deterministic one shifts no other draws of that stream's users.
/// </summary>
public sealed class Deterministic : IDistribution
{
    private readonly double _value;

    private Deterministic(double value) => _value = value;

    /// <summary>The constant <paramref name="value"/> (finite).</summary>
    public static Deterministic FromValue(double value)
    {
        Guard.Finite(value, nameof(value));
        return new Deterministic(value);
    }

    /// <summary>The constant <paramref name="mean"/> (&gt; 0); <paramref name="cv"/> must be 0, the only cv a constant has.</summary>
    public static Deterministic FromMeanAndCv(double mean, double cv)
    {
        Guard.PositiveFinite(mean, nameof(mean));
        if (cv != 0) throw new ArgumentOutOfRangeException(nameof(cv), cv, "cv must be 0 for a deterministic law");
        return new Deterministic(mean);
    }

    /// <summary>The constant value.</summary>
    public double Value => _value;

    /// <inheritdoc />
    public double Mean => _value;

    /// <inheritdoc />
    public double Variance => 0;

    /// <inheritdoc />
    public string Description => $"Deterministic(value={_value:G6})";

    /// <inheritdoc />
    public double Sample(RandomStream stream) => _value;
}
