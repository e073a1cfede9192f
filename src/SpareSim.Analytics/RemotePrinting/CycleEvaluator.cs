namespace SpareSim.Analytics.RemotePrinting;

/// <summary>
/// Exact renewal evaluation of a base-stock + per-period emergency policy (spec §4.5 option A):
/// the state after each convoy is (I = S, P = 0), so the exact distribution of (I, P) is pushed
/// forward through the L−1 in-cycle epochs by binomial convolution and the expected costs of one
/// cycle are summed. With V(0,I,0) = K(S) − c_r I for I ≤ S:
/// K(S) = c_r S + [h S + Σ_n α^{L−n} E L⁺ + α^L c_r E(S − I_end)] / (1 − α^L), and the average
/// cost per period is [h S + Σ_n E L⁺ + c_r E(S − I_end)] / L.
/// </summary>
public static class CycleEvaluator
{
    /// <summary>Evaluates <paramref name="policy"/> on <paramref name="instance"/>.</summary>
    public static CycleEvaluation Evaluate(RemoteSiteInstance instance, RemoteSitePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(policy);
        int s = policy.BaseStock, n0 = instance.InstalledBase, l = instance.CycleLength;
        if (s < 0) throw new ArgumentOutOfRangeException(nameof(policy), s, "base stock must be non-negative");
        if (policy.Emergency.CycleLength != l) throw new ArgumentException($"the emergency policy covers L = {policy.Emergency.CycleLength}, the instance has L = {l}", nameof(policy));
        if (!instance.CanPrint && HasAction(policy.Emergency, EmergencyAction.Print)) throw new ArgumentException("the policy prints but the instance has no printer (c_p = ∞)", nameof(policy));
        if (!instance.CanExpedite && HasAction(policy.Emergency, EmergencyAction.Expedite)) throw new ArgumentException("the policy expedites but the instance has no expediting (c_e = ∞)", nameof(policy));

        var kernel = new FailureKernel(instance, s);
        double alpha = instance.Discount;
        var start = new double[kernel.Rows, n0 + 1];
        start[s + n0, 0] = 1;
        var dist = kernel.Forward(start);
        double holdingUnits = s, backorders = 0, prints = 0, expedites = 0, discountedInCycle = 0, endInventory = 0;
        for (int n = l - 1; n >= 1; n--)
        {
            var action = policy.Emergency[n];
            var post = new double[kernel.Rows, n0 + 1];
            double epochCost = 0;
            for (int i = 0; i < kernel.Rows; i++)
                for (int p = 0; p <= n0; p++)
                {
                    double w = dist[i, p];
                    if (w == 0) continue;
                    int inventory = i - n0, shortage = Math.Max(0, -inventory);
                    int printed = action == EmergencyAction.Print ? shortage : 0;
                    int expedited = action == EmergencyAction.Expedite ? shortage : 0;
                    int after = inventory + printed + expedited;
                    holdingUnits += w * Math.Max(0, after);
                    backorders += w * Math.Max(0, -after);
                    prints += w * printed;
                    expedites += w * expedited;
                    epochCost += w * (instance.HoldingCost * Math.Max(0, after) + instance.BackorderCost * Math.Max(0, -after)
                                      + (printed > 0 ? instance.PrintCost * printed : 0) + (expedited > 0 ? instance.ExpediteCost * expedited : 0));
                    post[after + n0, p + printed] += w;
                    if (n == 1)
                    {
                        // Regular failures of the last period, then the printed parts are removed.
                        int regular = kernel.RegularInstalled(after, p + printed);
                        endInventory += w * (after - (p + printed) - regular * instance.RegularFailureProbability);
                    }
                }
            discountedInCycle += Math.Pow(alpha, l - n) * epochCost;
            if (n > 1) dist = kernel.Forward(post);
        }
        double replenishment = s - endInventory;
        double aL = Math.Pow(alpha, l);
        double discounted = instance.RegularCost * s
                            + (instance.HoldingCost * s + discountedInCycle + aL * instance.RegularCost * replenishment) / (1 - aL);
        double ordering = instance.RegularCost * replenishment / l;
        double printing = prints > 0 ? instance.PrintCost * prints / l : 0;
        double expediting = expedites > 0 ? instance.ExpediteCost * expedites / l : 0;
        double holding = instance.HoldingCost * holdingUnits / l, backorder = instance.BackorderCost * backorders / l;
        return new CycleEvaluation
        {
            Policy = policy,
            DiscountedCost = discounted,
            AverageCostPerPeriod = ordering + printing + expediting + holding + backorder,
            OrderingCostPerPeriod = ordering,
            PrintingCostPerPeriod = printing,
            ExpeditingCostPerPeriod = expediting,
            HoldingCostPerPeriod = holding,
            BackorderCostPerPeriod = backorder,
            BackordersPerPeriod = backorders / l,
            PrintsPerPeriod = prints / l,
            ExpeditesPerPeriod = expedites / l,
            ReplenishmentPerCycle = replenishment,
            Availability = 1 - backorders / l / n0,
            AnnualizedExcessCost = 365 * (1 - alpha) * (discounted - instance.RegularCost * s - instance.UnavoidableOrderingCost),
        };
    }

    private static bool HasAction(EmergencyPolicy policy, EmergencyAction action) =>
        Enumerable.Range(1, policy.CycleLength - 1).Any(n => policy[n] == action);
}
