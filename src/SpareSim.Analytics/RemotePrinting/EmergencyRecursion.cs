namespace SpareSim.Analytics.RemotePrinting;

/// <summary>
/// The optimal emergency policy without solving the MDP, from the marginal-value recursions of
/// Lemma 3.2 (printing) and Lemma 3.3 (printing and expediting). With ĉ(0) = 0, ĉ′(0) = −c_r:
/// the marginal cost of one more print in a backorder state at period n is
/// Δp = c_p − b + α(1−p_p)ĉ(n−1), of one more expedite Δe = c_e − b + α(1−p_r)ĉ′(n−1); the optimal
/// action is argmin{0, Δp, Δe} applied to all shortages, and
/// ĉ(n) = max{−b + α(1−p_p)ĉ(n−1), −c_p, −c_e + α(1−p_p)ĉ(n−1) − α(1−p_r)ĉ′(n−1)},
/// ĉ′(n) = max{−b + α(1−p_r)ĉ′(n−1), −c_p + α(1−p_r)ĉ′(n−1) − α(1−p_p)ĉ(n−1), −c_e}.
/// An unavailable source (infinite cost) drops out of every max and min.
/// </summary>
public static class EmergencyRecursion
{
    /// <summary>The optimal per-period emergency actions of <paramref name="instance"/> under <paramref name="criterion"/>.</summary>
    public static EmergencyPolicy Solve(RemoteSiteInstance instance, CostCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(instance);
        double a = criterion == CostCriterion.Discounted ? instance.Discount : 1;
        double b = instance.BackorderCost, cp = instance.PrintCost, ce = instance.ExpediteCost;
        double qp = a * (1 - instance.PrintedFailureProbability), qr = a * (1 - instance.RegularFailureProbability);
        double c = 0, cPrime = -instance.RegularCost;
        var actions = new EmergencyAction[instance.CycleLength - 1];
        for (int n = 1; n < instance.CycleLength; n++)
        {
            double deltaPrint = instance.CanPrint ? cp - b + qp * c : double.PositiveInfinity;
            double deltaExpedite = instance.CanExpedite ? ce - b + qr * cPrime : double.PositiveInfinity;
            // Strict inequalities: act only when it is strictly cheaper; print before expedite on a tie.
            actions[n - 1] = deltaPrint < 0 && deltaPrint <= deltaExpedite ? EmergencyAction.Print
                : deltaExpedite < 0 ? EmergencyAction.Expedite
                : EmergencyAction.Wait;
            double nextC = -b + qp * c, nextCPrime = -b + qr * cPrime;
            if (instance.CanPrint)
            {
                nextC = Math.Max(nextC, -cp);
                nextCPrime = Math.Max(nextCPrime, -cp + qr * cPrime - qp * c);
            }
            if (instance.CanExpedite)
            {
                nextC = Math.Max(nextC, -ce + qp * c - qr * cPrime);
                nextCPrime = Math.Max(nextCPrime, -ce);
            }
            c = nextC;
            cPrime = nextCPrime;
        }
        return new EmergencyPolicy(actions);
    }

    /// <summary>
    /// ᾱ = (c_e − c_p) / (c_e(1−p_r) − c_p(1−p_p)) of Theorem 3.4(ii): with both sources, an
    /// expediting interval can exist only if α &gt; ᾱ. +∞ when the denominator is not positive.
    /// </summary>
    public static double ExpeditingDiscountBound(RemoteSiteInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        double ce = instance.ExpediteCost, cp = instance.PrintCost;
        double denominator = ce * (1 - instance.RegularFailureProbability) - cp * (1 - instance.PrintedFailureProbability);
        return denominator > 0 ? (ce - cp) / denominator : double.PositiveInfinity;
    }
}
