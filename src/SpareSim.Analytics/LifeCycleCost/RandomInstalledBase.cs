namespace SpareSim.Analytics.LifeCycleCost;

/// <summary>
/// An installed base Ñ ~ U{a_N, …, b_N} revealed at t = 0, after the design choice but before S is
/// set (thesis ch. 2 §2.7, Eq. 2.5): C̃^x = Σ_n P{Ñ = n} Ĉ^x(n), S re-optimised for each n.
/// </summary>
public sealed class RandomInstalledBase
{
    /// <summary>Ñ uniform on {<paramref name="smallest"/>, …, <paramref name="largest"/>}, 1 ≤ a_N ≤ b_N.</summary>
    public RandomInstalledBase(int smallest, int largest)
    {
        if (smallest < 1 || largest < smallest)
            throw new ArgumentOutOfRangeException(nameof(largest), $"need 1 <= a_N <= b_N, got {{{smallest}, ..., {largest}}}");
        Smallest = smallest;
        Largest = largest;
    }

    /// <summary>Ñ = U{round(0.8N), …, round(1.2N)}, the spread of the thesis's experiment (§2.7).</summary>
    public static RandomInstalledBase AroundNominal(int nominal, double relativeSpread = 0.2) =>
        new((int)Math.Round((1 - relativeSpread) * nominal, MidpointRounding.AwayFromZero), (int)Math.Round((1 + relativeSpread) * nominal, MidpointRounding.AwayFromZero));

    /// <summary>a_N.</summary>
    public int Smallest { get; }

    /// <summary>b_N.</summary>
    public int Largest { get; }

    /// <summary>E{Ñ}.</summary>
    public double Mean => 0.5 * (Smallest + Largest);

    /// <summary>C̃^x: the equal-weight mean of Ĉ^x over n = a_N … b_N.</summary>
    public double ExpectedOptimizedCost(LifeCycleCostModel model, ComponentDesign design)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(design);
        double sum = 0;
        for (int n = Smallest; n <= Largest; n++) sum += model.OptimizedCost(design with { InstalledBase = n });
        return sum / (Largest - Smallest + 1);
    }

    /// <summary>K̃_1 = C̃^R(τ^R) − C̃^A(τ^R), the random-N counterpart of K_1.</summary>
    public double K1(LifeCycleCostModel model, ComponentDesign regular, ComponentDesign additive)
    {
        ArgumentNullException.ThrowIfNull(regular);
        ArgumentNullException.ThrowIfNull(additive);
        return ExpectedOptimizedCost(model, regular) - ExpectedOptimizedCost(model, additive with { Mtbf = regular.Mtbf });
    }
}
