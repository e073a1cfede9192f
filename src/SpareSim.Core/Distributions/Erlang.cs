using SpareSim.Core.Random;

namespace SpareSim.Core.Distributions;

/// <summary>
/// Erlang distribution: the sum of k independent exponential phases of rate μ (mean k/μ, cv 1/√k).
/// Up to <see cref="ProductSamplingMaxPhases"/> phases a draw is -log(U₁⋯U_k)/μ (one logarithm);
/// above that the gamma sampler of MathNet.Numerics is used, because the product could underflow.
/// </summary>
public sealed class Erlang : IDistribution
{
    /// <summary>Largest phase count sampled as a product of uniforms (U ≥ 2⁻⁵⁴, so 10 factors stay far above the double underflow).</summary>
    public const int ProductSamplingMaxPhases = 10;

    private Erlang(int phases, double phaseRate)
    {
        Phases = phases;
        PhaseRate = phaseRate;
    }

    /// <summary>Erlang with <paramref name="phases"/> ≥ 1 phases, each of rate <paramref name="phaseRate"/> &gt; 0.</summary>
    public static Erlang FromPhaseRate(int phases, double phaseRate)
    {
        CheckPhases(phases);
        Guard.PositiveFinite(phaseRate, nameof(phaseRate));
        return new Erlang(phases, phaseRate);
    }

    /// <summary>Erlang with <paramref name="phases"/> ≥ 1 phases and total <paramref name="mean"/> &gt; 0.</summary>
    public static Erlang FromMean(int phases, double mean)
    {
        CheckPhases(phases);
        Guard.PositiveFinite(mean, nameof(mean));
        return new Erlang(phases, phases / mean);
    }

    /// <summary>
    /// Erlang with the given <paramref name="mean"/> and <paramref name="cv"/>. The phase count is
    /// k = 1/cv², which must be an integer (to a relative 1e-9, absorbing rounding such as cv = 1/√3);
    /// otherwise this throws, since an Erlang law cannot have that cv (use <see cref="Gamma"/>).
    /// </summary>
    public static Erlang FromMeanAndCv(double mean, double cv)
    {
        Guard.PositiveFinite(mean, nameof(mean));
        if (!(cv > 0 && cv <= 1))
            throw new ArgumentOutOfRangeException(nameof(cv), cv, "cv must be in (0, 1] for an Erlang law (cv = 1/sqrt(phases))");
        double k = 1.0 / (cv * cv);
        double rounded = Math.Round(k);
        if (Math.Abs(k - rounded) > 1e-9 * rounded || rounded > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(cv), cv,
                $"cv must be 1/sqrt(k) for an integer phase count k for an Erlang law; 1/cv^2 = {k:G6} is not an integer (use the gamma family)");
        int phases = (int)rounded;
        return new Erlang(phases, phases / mean);
    }

    /// <summary>The number of phases k.</summary>
    public int Phases { get; }

    /// <summary>The rate μ of each phase.</summary>
    public double PhaseRate { get; }

    /// <inheritdoc />
    public double Mean => Phases / PhaseRate;

    /// <inheritdoc />
    public double Variance => Phases / (PhaseRate * PhaseRate);

    /// <inheritdoc />
    public string Description => $"Erlang(phases={Phases}, mean={Mean:G6})";

    /// <inheritdoc />
    public double Sample(RandomStream stream)
    {
        if (Phases > ProductSamplingMaxPhases)
            return MathNet.Numerics.Distributions.Gamma.Sample(stream, Phases, PhaseRate);
        double product = stream.NextDouble();
        for (int i = 1; i < Phases; i++) product *= stream.NextDouble();
        return -Math.Log(product) / PhaseRate;
    }

    private static void CheckPhases(int phases)
    {
        if (phases < 1) throw new ArgumentOutOfRangeException(nameof(phases), phases, "phases must be at least 1");
    }
}
