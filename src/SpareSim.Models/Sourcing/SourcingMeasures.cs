namespace SpareSim.Models.Sourcing;

/// <summary>
/// Long-run averages per time unit measured over one replication's observation period (after the
/// warm-up), with the cost split as in the analytical cost function of Knofius et al. §3.3:
/// purchase (price per order placed), maintenance (m per failure), holding (κ·(cC·sC + cA·sA)),
/// backorder (b per down system), minus the operational saving (oA per installed AM unit), plus the
/// design cost. Service measures beside them.
/// </summary>
public sealed record SourcingMeasures
{
    /// <summary>Length of the observation period.</summary>
    public required double ObservedTime { get; init; }

    /// <summary>Purchase cost per time unit: (cC·CM orders + cA·AM orders) / time.</summary>
    public required double PurchaseCost { get; init; }

    /// <summary>Maintenance cost per time unit: m·failures / time.</summary>
    public required double MaintenanceCost { get; init; }

    /// <summary>Holding cost per time unit: κ·(cC·mean sC + cA·mean sA).</summary>
    public required double HoldingCost { get; init; }

    /// <summary>Backorder cost per time unit: b·mean backorders.</summary>
    public required double BackorderCost { get; init; }

    /// <summary>Operational saving per time unit: oA·mean nA (subtracted in the total).</summary>
    public required double OperationalSavings { get; init; }

    /// <summary>Design cost per time unit (a constant, §3.7).</summary>
    public required double DesignCost { get; init; }

    /// <summary>Purchase + maintenance + holding + backorder − savings + design.</summary>
    public double TotalCost => PurchaseCost + MaintenanceCost + HoldingCost + BackorderCost - OperationalSavings + DesignCost;

    /// <summary>Time-average share of the k systems that are up.</summary>
    public required double Availability { get; init; }

    /// <summary>Time-average number of down systems.</summary>
    public required double MeanBackorders { get; init; }

    /// <summary>Share of failures served at once from stock (NaN if no failure was observed).</summary>
    public required double FillRate { get; init; }

    /// <summary>CM orders per time unit.</summary>
    public required double OrderRateCm { get; init; }

    /// <summary>AM orders per time unit.</summary>
    public required double OrderRateAm { get; init; }

    /// <summary>Failures per time unit.</summary>
    public required double FailureRate { get; init; }

    /// <summary>Time-average CM units installed.</summary>
    public required double MeanInstalledCm { get; init; }

    /// <summary>Time-average AM units installed.</summary>
    public required double MeanInstalledAm { get; init; }

    /// <summary>Time-average CM parts in resupply.</summary>
    public required double MeanPipelineCm { get; init; }

    /// <summary>Time-average AM parts in resupply.</summary>
    public required double MeanPipelineAm { get; init; }

    /// <summary>Time-average CM spares on hand.</summary>
    public required double MeanStockCm { get; init; }

    /// <summary>Time-average AM spares on hand.</summary>
    public required double MeanStockAm { get; init; }
}
