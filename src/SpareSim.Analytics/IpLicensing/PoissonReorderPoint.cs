namespace SpareSim.Analytics.IpLicensing;

/// <summary>
/// The exact long-run behaviour of a continuous-review (s, Q) policy with unit Poisson demand of
/// rate λ, deterministic lead time L and backorders: the inventory position is uniform on
/// s+1 … s+Q and net stock at t + L is that position minus the lead-time demand D ~ Poisson(λL)
/// (Hadley–Whitin). It is the independent reference the simulation of chapter 5's buyers is
/// checked against, and the measure of what the normal approximation of spec B.4 misses.
/// </summary>
public sealed class PoissonReorderPoint
{
    /// <summary>Evaluates (s, Q) = (<paramref name="reorderPoint"/>, <paramref name="quantity"/>).</summary>
    public PoissonReorderPoint(double rate, double leadTime, int reorderPoint, int quantity)
    {
        if (!(rate > 0) || !double.IsFinite(rate)) throw new ArgumentOutOfRangeException(nameof(rate), rate, "must be finite and > 0");
        if (!(leadTime >= 0) || !double.IsFinite(leadTime)) throw new ArgumentOutOfRangeException(nameof(leadTime), leadTime, "must be finite and >= 0");
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(reorderPoint, -quantity);
        Rate = rate;
        ReorderPoint = reorderPoint;
        Quantity = quantity;
        double mean = rate * leadTime;
        LeadTimeDemand = mean;
        int top = reorderPoint + quantity;
        // P(D = k) for k < top, by the recursion p_k = p_{k-1} m / k.
        var pmf = new double[Math.Max(top, 0) + 1];
        if (pmf.Length > 0) pmf[0] = Math.Exp(-mean);
        for (int k = 1; k < pmf.Length; k++) pmf[k] = pmf[k - 1] * mean / k;
        double onHand = 0, filled = 0;
        for (int y = reorderPoint + 1; y <= top; y++)
        {
            double cdf = 0, expected = 0;
            for (int k = 0; k < y; k++)
            {
                cdf += pmf[k];
                expected += (y - k) * pmf[k];
            }
            onHand += expected;
            filled += cdf;
        }
        OnHand = onHand / quantity;
        Backorders = OnHand - (reorderPoint + (quantity + 1) / 2.0 - mean);
        FillRate = filled / quantity;
        double noStockout = 0;
        for (int k = 0; k <= reorderPoint && k < pmf.Length; k++) noStockout += pmf[k];
        CycleServiceLevel = noStockout;
    }

    /// <summary>λ.</summary>
    public double Rate { get; }

    /// <summary>s.</summary>
    public int ReorderPoint { get; }

    /// <summary>Q.</summary>
    public int Quantity { get; }

    /// <summary>E[D] = λL: the mean pipeline.</summary>
    public double LeadTimeDemand { get; }

    /// <summary>Mean stock on hand.</summary>
    public double OnHand { get; }

    /// <summary>Mean backorders.</summary>
    public double Backorders { get; }

    /// <summary>Fraction of demands met from stock (PASTA: P(net stock ≥ 1)).</summary>
    public double FillRate { get; }

    /// <summary>Fraction of replenishment cycles without a stockout: P(D ≤ s).</summary>
    public double CycleServiceLevel { get; }

    /// <summary>Orders per year, λ/Q.</summary>
    public double OrderRate => Rate / Quantity;

    /// <summary>
    /// The buyer's annual cost in the accounting of spec B.4: holding h·v on stock on hand plus
    /// pipeline, K per order, v per unit, plus <paramref name="fee"/>.
    /// </summary>
    public double Cost(double unitValue, double holdingRate, double orderCost, double fee = 0) =>
        holdingRate * unitValue * (OnHand + LeadTimeDemand) + orderCost * OrderRate + Rate * unitValue + fee;
}
