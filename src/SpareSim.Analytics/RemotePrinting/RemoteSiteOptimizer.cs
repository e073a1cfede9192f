namespace SpareSim.Analytics.RemotePrinting;

/// <summary>
/// The chapter's optimal policy without the full MDP: the emergency actions from the closed-form
/// recursion (<see cref="EmergencyRecursion"/>), then the base stock S minimizing the exact renewal
/// cost (<see cref="CycleEvaluator"/>). The cost is convex in S under the chapter's assumptions
/// (Lemma 3.1); because several case parts violate them (spec erratum 7) the search does not stop
/// at the first increase but only after <see cref="Patience"/> successive increases.
/// </summary>
public static class RemoteSiteOptimizer
{
    /// <summary>Base stocks tried past the best one before the search stops.</summary>
    public const int Patience = 3;

    /// <summary>Optimal policy of <paramref name="instance"/> under <paramref name="criterion"/>.</summary>
    public static RemoteSiteOptimum Optimize(RemoteSiteInstance instance, CostCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return OptimizeBaseStock(instance, EmergencyRecursion.Solve(instance, criterion), criterion);
    }

    /// <summary>The best base stock for the fixed <paramref name="emergency"/> policy.</summary>
    public static RemoteSiteOptimum OptimizeBaseStock(RemoteSiteInstance instance, EmergencyPolicy emergency, CostCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(emergency);
        // No cycle consumes more than N·L regular parts, so larger base stocks only add holding cost.
        int cap = instance.InstalledBase * instance.CycleLength;
        var all = new List<CycleEvaluation>();
        int best = 0;
        for (int s = 0; s <= cap && s <= best + Patience; s++)
        {
            all.Add(CycleEvaluator.Evaluate(instance, new RemoteSitePolicy(s, emergency)));
            if (Cost(all[s], criterion) < Cost(all[best], criterion)) best = s;
        }
        return new RemoteSiteOptimum(criterion, all[best], all);
    }

    /// <summary>The cost that <paramref name="criterion"/> minimizes.</summary>
    public static double Cost(CycleEvaluation evaluation, CostCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return criterion == CostCriterion.Discounted ? evaluation.DiscountedCost : evaluation.AverageCostPerPeriod;
    }
}
