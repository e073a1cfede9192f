namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// Single sourcing (only CM or only AM) with a finite installed base and one-for-one base stock:
/// the number R of parts in resupply is a finite birth–death chain on 0..k+S with birth rate
/// λ·min(k, k+S−R) (every installed part can fail; beyond S outstanding orders systems are down)
/// and death rate μ·R (M/M/∞ resupply). Solved exactly by the product form.
/// </summary>
public static class SingleSourcingModel
{
    /// <summary>The exact solution at base stock <paramref name="baseStock"/>.</summary>
    public static SingleSourcingSolution Evaluate(DualSourcingInstance instance, PartVersion version, int baseStock)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentOutOfRangeException.ThrowIfNegative(baseStock);
        int k = instance.InstalledBase;
        int n = k + baseStock;
        double lambda = instance.FailureRate(version), mu = instance.SupplyRate(version), price = instance.Price(version);
        // p(R+1)/p(R) = birth(R)/death(R+1); the terms shrink fast beyond the mode, underflow to 0 is harmless.
        var p = new double[n + 1];
        p[0] = 1;
        double total = 1;
        for (int r = 0; r < n; r++)
        {
            p[r + 1] = p[r] * lambda * Math.Min(k, n - r) / (mu * (r + 1));
            total += p[r + 1];
        }
        double meanPipeline = 0, meanInstalled = 0, meanStock = 0, meanBackorders = 0;
        for (int r = 0; r <= n; r++)
        {
            p[r] /= total;
            meanPipeline += r * p[r];
            meanInstalled += Math.Min(k, n - r) * p[r];
            meanStock += Math.Max(baseStock - r, 0) * p[r];
            meanBackorders += Math.Max(r - baseStock, 0) * p[r];
        }
        bool am = version == PartVersion.Am;
        var cost = new SourcingCost(
            Purchase: mu * price * meanPipeline,
            Maintenance: instance.MaintenanceCost * lambda * meanInstalled,
            Holding: instance.HoldingRate * price * meanStock,
            Backorder: instance.BackorderCost * meanBackorders,
            OperationalSavings: am ? instance.OperationalSavingAm * meanInstalled : 0,
            Design: am ? instance.DesignCostAm : 0);
        return new SingleSourcingSolution(version, baseStock, cost, p);
    }

    /// <summary>
    /// The optimal base stock by the greedy search of §3.5: from S = 0 upward, stop at the first S
    /// with C(S) &lt; C(S+1) (C is convex in S for this chain).
    /// </summary>
    public static SingleSourcingSolution Optimize(DualSourcingInstance instance, PartVersion version, int maxBaseStock = 1000)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var current = Evaluate(instance, version, 0);
        for (int s = 1; s <= maxBaseStock; s++)
        {
            var next = Evaluate(instance, version, s);
            if (current.Cost.Total < next.Cost.Total) return current;
            // Free holding: C(S) = const + (b − λ(c + m))·E[backorders] decreases towards its
            // infimum without reaching it when b > λ(c + m); the flat tail is round-off.
            if (instance.HoldingRate == 0 && current.Cost.Total - next.Cost.Total <= 1e-12 * Math.Abs(next.Cost.Total))
                throw new UnboundedOptimumException($"no finite optimal {version} base stock: with holding rate 0 the cost keeps decreasing with the stock towards {next.Cost.Total:R} (reached at S = {s} to round-off); give a holding rate > 0 or fix the base stock");
            current = next;
        }
        throw new UnboundedOptimumException($"no optimal {version} base stock up to S = {maxBaseStock}: the cost ({current.Cost.Total:R} there) is still not increasing");
    }
}
