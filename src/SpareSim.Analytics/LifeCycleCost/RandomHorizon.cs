namespace SpareSim.Analytics.LifeCycleCost;

/// <summary>
/// A life cycle of random length T ~ U[a_T, b_T] (thesis ch. 2 §2.7, Eq. 2.4). S is chosen at
/// t = 0, before T is known. Every term of C^x(S) is affine in T, so E_T[C^x(S, T)] = C^x(S, E{T})
/// and the optimal S and the design decision are those of the fixed horizon E{T} = (a_T + b_T)/2.
/// </summary>
public sealed class RandomHorizon
{
    /// <summary>T uniform on [<paramref name="shortest"/>, <paramref name="longest"/>], 0 &lt; a_T ≤ b_T.</summary>
    public RandomHorizon(double shortest, double longest)
    {
        if (!(shortest > 0) || !double.IsFinite(longest) || longest < shortest)
            throw new ArgumentOutOfRangeException(nameof(longest), $"need 0 < a_T <= b_T < infinity, got [{shortest}, {longest}]");
        Shortest = shortest;
        Longest = longest;
    }

    /// <summary>a_T.</summary>
    public double Shortest { get; }

    /// <summary>b_T.</summary>
    public double Longest { get; }

    /// <summary>E{T}.</summary>
    public double Mean => 0.5 * (Shortest + Longest);

    /// <summary>C̄^x(S) = E_T[C^x(S, T)], the horizon of <paramref name="design"/> replaced by the random one.</summary>
    public double ExpectedCost(LifeCycleCostModel model, ComponentDesign design, int stock)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(design);
        return model.Cost(design with { Horizon = Mean }, stock).Total;
    }

    /// <summary>min over S of C̄^x(S), with its minimiser.</summary>
    public CostBreakdown Optimize(LifeCycleCostModel model, ComponentDesign design)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(design);
        return model.Optimize(design with { Horizon = Mean });
    }

    /// <summary>K̄ = I − b_p N E{T}, the expected lump sum for investment difference I and benefit b_p per unit per month.</summary>
    public double ExpectedLumpSum(double investment, double benefitRate, int installedBase) => investment - benefitRate * installedBase * Mean;
}
