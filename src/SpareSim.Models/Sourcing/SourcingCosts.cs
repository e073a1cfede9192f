namespace SpareSim.Models.Sourcing;

/// <summary>
/// The cost parameters of Knofius et al. §3.2–3.8, per time unit of the model: piece prices,
/// maintenance cost per failure, holding rate κ (fraction of the piece price per time unit),
/// backorder cost per down system per time unit, operational saving per installed AM unit per time
/// unit and depreciated design cost per time unit. Validated on construction.
/// </summary>
public sealed record SourcingCosts
{
    /// <summary>Creates and validates the cost parameters; every value must be finite and ≥ 0.</summary>
    public SourcingCosts(double priceCm, double priceAm, double maintenanceCost, double holdingRate, double backorderCost,
        double operationalSavingAm = 0, double designCost = 0)
    {
        PriceCm = NonNegative(priceCm, nameof(priceCm));
        PriceAm = NonNegative(priceAm, nameof(priceAm));
        MaintenanceCost = NonNegative(maintenanceCost, nameof(maintenanceCost));
        HoldingRate = NonNegative(holdingRate, nameof(holdingRate));
        BackorderCost = NonNegative(backorderCost, nameof(backorderCost));
        OperationalSavingAm = NonNegative(operationalSavingAm, nameof(operationalSavingAm));
        DesignCost = NonNegative(designCost, nameof(designCost));
    }

    /// <summary>cC, price of a CM part.</summary>
    public double PriceCm { get; }

    /// <summary>cA, price of an AM part.</summary>
    public double PriceAm { get; }

    /// <summary>m, cost per failure.</summary>
    public double MaintenanceCost { get; }

    /// <summary>κ, holding cost per time unit as a fraction of the piece price.</summary>
    public double HoldingRate { get; }

    /// <summary>b, cost per down system per time unit.</summary>
    public double BackorderCost { get; }

    /// <summary>oA, saving per installed AM unit per time unit (§3.8).</summary>
    public double OperationalSavingAm { get; }

    /// <summary>d, depreciated extra design cost per time unit (§3.7): a constant added to the total.</summary>
    public double DesignCost { get; }

    private static double NonNegative(double value, string name) =>
        value >= 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and >= 0");
}
