using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Experiments.Studies.Knofius;

/// <summary>
/// The full-factorial design of Knofius et al. (2020) §4.1: three CM items and three levels of each
/// of k, λA, μA, cA, b, m and κ, 6561 instances, time unit month, cC = 10. Instances are numbered
/// in a fixed nested order (item, k, λA, μA, cA, b, m, κ — κ fastest), so neighbouring instances
/// differ in one cost parameter and share their optimal policy almost everywhere.
/// </summary>
public sealed record KnofiusFactorial
{
    /// <summary>The CM items: (λC, μC) per item 1..3.</summary>
    public static readonly IReadOnlyList<(double FailureRate, double SupplyRate)> Items = [(0.02, 0.5), (0.015, 0.25), (0.01, 0.15)];

    /// <summary>CM piece price.</summary>
    public const double PriceCm = 10;

    /// <summary>Installed base levels.</summary>
    public IReadOnlyList<int> InstalledBase { get; init; } = [10, 20, 30];
    /// <summary>λA levels (failures/month).</summary>
    public IReadOnlyList<double> FailureRateAm { get; init; } = [0.0175, 0.035, 0.0525];
    /// <summary>μA levels (supplies/month).</summary>
    public IReadOnlyList<double> SupplyRateAm { get; init; } = [1, 2, 4];
    /// <summary>cA levels (euro/part).</summary>
    public IReadOnlyList<double> PriceAm { get; init; } = [10, 20, 30];
    /// <summary>b levels (euro/month).</summary>
    public IReadOnlyList<double> BackorderCost { get; init; } = [20, 200, 2000];
    /// <summary>m levels (euro/failure).</summary>
    public IReadOnlyList<double> MaintenanceCost { get; init; } = [2, 10, 18];
    /// <summary>κ levels (per month).</summary>
    public IReadOnlyList<double> HoldingRate { get; init; } = [0.15, 0.2, 0.25];
    /// <summary>Item numbers included (1..3).</summary>
    public IReadOnlyList<int> ItemNumbers { get; init; } = [1, 2, 3];

    /// <summary>
    /// The instances in their fixed order, in groups that share (item, k, λA, μA): a group is solved
    /// in sequence with one warm start, groups may run in parallel.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<KnofiusDesignPoint>> Groups()
    {
        var groups = new List<IReadOnlyList<KnofiusDesignPoint>>();
        int index = 0;
        foreach (int item in ItemNumbers)
        {
            if (item < 1 || item > Items.Count) throw new ArgumentOutOfRangeException(nameof(ItemNumbers), item, "items are numbered 1..3");
            var (lc, mc) = Items[item - 1];
            foreach (int k in InstalledBase)
                foreach (double la in FailureRateAm)
                    foreach (double ma in SupplyRateAm)
                    {
                        var group = new List<KnofiusDesignPoint>();
                        foreach (double ca in PriceAm)
                            foreach (double b in BackorderCost)
                                foreach (double m in MaintenanceCost)
                                    foreach (double kappa in HoldingRate)
                                        group.Add(new KnofiusDesignPoint(index++, item,
                                            new DualSourcingInstance(k, lc, mc, PriceCm, la, ma, ca, b, m, kappa)));
                        groups.Add(group);
                    }
        }
        return groups;
    }
}
