namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// One instance of the Knofius et al. (2020) dual-sourcing model: an installed base of
/// <see cref="InstalledBase"/> systems, one part each, supported by a stock point that can source
/// the CM or the AM version. Rates and costs are per time unit of the instance (month in §4, year
/// in the case study). Validated on construction.
/// </summary>
public sealed record DualSourcingInstance
{
    /// <summary>Creates and validates an instance.</summary>
    /// <param name="installedBase">k, number of systems (≥ 1).</param>
    /// <param name="failureRateCm">λC, failure rate of an installed CM part (&gt; 0).</param>
    /// <param name="supplyRateCm">μC, rate of the exponential CM resupply lead time (&gt; 0).</param>
    /// <param name="priceCm">cC, CM piece price (≥ 0).</param>
    /// <param name="failureRateAm">λA, failure rate of an installed AM part (&gt; 0).</param>
    /// <param name="supplyRateAm">μA, rate of the exponential AM resupply lead time (&gt; 0).</param>
    /// <param name="priceAm">cA, AM piece price (≥ 0).</param>
    /// <param name="backorderCost">b, cost per backordered system per time unit (≥ 0).</param>
    /// <param name="maintenanceCost">m, cost per failure (≥ 0).</param>
    /// <param name="holdingRate">κ, holding cost per time unit as a fraction of the piece price (≥ 0).</param>
    /// <param name="operationalSavingAm">oA, saving per installed AM part per time unit (§3.8, ≥ 0).</param>
    /// <param name="designCostAm">d, depreciated extra design cost per time unit of having the AM version (§3.7, ≥ 0).</param>
    public DualSourcingInstance(int installedBase, double failureRateCm, double supplyRateCm, double priceCm,
        double failureRateAm, double supplyRateAm, double priceAm, double backorderCost, double maintenanceCost,
        double holdingRate, double operationalSavingAm = 0, double designCostAm = 0)
    {
        if (installedBase < 1) throw new ArgumentOutOfRangeException(nameof(installedBase), installedBase, "installed base k must be at least 1");
        Positive(failureRateCm, nameof(failureRateCm));
        Positive(supplyRateCm, nameof(supplyRateCm));
        Positive(failureRateAm, nameof(failureRateAm));
        Positive(supplyRateAm, nameof(supplyRateAm));
        NonNegative(priceCm, nameof(priceCm));
        NonNegative(priceAm, nameof(priceAm));
        NonNegative(backorderCost, nameof(backorderCost));
        NonNegative(maintenanceCost, nameof(maintenanceCost));
        NonNegative(holdingRate, nameof(holdingRate));
        NonNegative(operationalSavingAm, nameof(operationalSavingAm));
        NonNegative(designCostAm, nameof(designCostAm));
        InstalledBase = installedBase;
        FailureRateCm = failureRateCm;
        SupplyRateCm = supplyRateCm;
        PriceCm = priceCm;
        FailureRateAm = failureRateAm;
        SupplyRateAm = supplyRateAm;
        PriceAm = priceAm;
        BackorderCost = backorderCost;
        MaintenanceCost = maintenanceCost;
        HoldingRate = holdingRate;
        OperationalSavingAm = operationalSavingAm;
        DesignCostAm = designCostAm;
    }

    /// <summary>k.</summary>
    public int InstalledBase { get; }
    /// <summary>λC.</summary>
    public double FailureRateCm { get; }
    /// <summary>μC.</summary>
    public double SupplyRateCm { get; }
    /// <summary>cC.</summary>
    public double PriceCm { get; }
    /// <summary>λA.</summary>
    public double FailureRateAm { get; }
    /// <summary>μA.</summary>
    public double SupplyRateAm { get; }
    /// <summary>cA.</summary>
    public double PriceAm { get; }
    /// <summary>b.</summary>
    public double BackorderCost { get; }
    /// <summary>m.</summary>
    public double MaintenanceCost { get; }
    /// <summary>κ.</summary>
    public double HoldingRate { get; }
    /// <summary>oA.</summary>
    public double OperationalSavingAm { get; }
    /// <summary>d.</summary>
    public double DesignCostAm { get; }

    /// <summary>Failure rate of an installed part of <paramref name="version"/>.</summary>
    public double FailureRate(PartVersion version) => version == PartVersion.Cm ? FailureRateCm : FailureRateAm;
    /// <summary>Resupply rate of <paramref name="version"/>.</summary>
    public double SupplyRate(PartVersion version) => version == PartVersion.Cm ? SupplyRateCm : SupplyRateAm;
    /// <summary>Piece price of <paramref name="version"/>.</summary>
    public double Price(PartVersion version) => version == PartVersion.Cm ? PriceCm : PriceAm;

    private static void Positive(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value)) throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite rate > 0");
    }

    private static void NonNegative(double value, string name)
    {
        if (!(value >= 0) || !double.IsFinite(value)) throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and >= 0");
    }
}
