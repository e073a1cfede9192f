namespace SpareSim.Analytics.RemotePrinting;

/// <summary>
/// The closed-form printing threshold of Theorem 3.1, Eq. (3.1): n*_p is the lowest n ≥ 1 with
/// c_p / b &lt; Σ_{n'=0}^{n−1} (α(1−p_p))^{n'}. Printing all shortages is optimal in periods
/// n ≥ n*_p and printing nothing below. It depends on neither N nor L (Corollary 3.1).
/// </summary>
public static class PrintThreshold
{
    /// <summary>
    /// n*_p for printing cost <paramref name="printCost"/>, backorder cost <paramref name="backorderCost"/>,
    /// printed failure probability <paramref name="printedFailureProbability"/> and discount
    /// <paramref name="discount"/> in (0, 1] (1 for the average-cost criterion). Returns
    /// <see cref="int.MaxValue"/> when no n satisfies (3.1) (never print).
    /// </summary>
    public static int Compute(double printCost, double backorderCost, double printedFailureProbability, double discount)
    {
        if (!(printCost >= 0)) throw new ArgumentOutOfRangeException(nameof(printCost), printCost, "must be non-negative (+∞ for no printer)");
        if (!(backorderCost > 0) || !double.IsFinite(backorderCost)) throw new ArgumentOutOfRangeException(nameof(backorderCost), backorderCost, "must be positive and finite");
        if (!(printedFailureProbability > 0 && printedFailureProbability < 1)) throw new ArgumentOutOfRangeException(nameof(printedFailureProbability), printedFailureProbability, "must be in (0,1)");
        if (!(discount > 0 && discount <= 1)) throw new ArgumentOutOfRangeException(nameof(discount), discount, "must be in (0,1]");
        double ratio = printCost / backorderCost;
        double q = discount * (1 - printedFailureProbability);
        // The partial sums increase to 1/(1−q); past that bound no n qualifies.
        if (!(ratio < 1 / (1 - q))) return int.MaxValue;
        double sum = 0, term = 1;
        for (int n = 1; ; n++)
        {
            sum += term;
            if (ratio < sum) return n;
            term *= q;
        }
    }

    /// <summary>n*_p of <paramref name="instance"/> under <paramref name="criterion"/> (α or 1).</summary>
    public static int Compute(RemoteSiteInstance instance, CostCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return Compute(instance.PrintCost, instance.BackorderCost, instance.PrintedFailureProbability,
            criterion == CostCriterion.Discounted ? instance.Discount : 1);
    }
}
