namespace SpareSim.Analytics.LifeCycleCost;

/// <summary>
/// One design option x ∈ {R, A} of the component of thesis ch. 2 with its spare-parts system: N
/// installed units over a life cycle of T months, MTBF τ^x, mean replenishment lead time L^x, unit
/// production cost c_p^x, cost c_d per failure served from stock, c_e^x per emergency, holding rate
/// h per € per month on stock on hand and on order. Every property is checked when set, so a
/// <c>with</c> copy is validated too.
/// </summary>
public sealed record ComponentDesign
{
    /// <summary>N, installed units (≥ 1).</summary>
    public required int InstalledBase { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(InstalledBase), value, "installed base N must be >= 1"); }

    /// <summary>T, life-cycle length in months (&gt; 0).</summary>
    public required double Horizon { get; init => field = Positive(value, nameof(Horizon), "horizon T"); }

    /// <summary>τ^x, mean time between failures of one unit in months (&gt; 0).</summary>
    public required double Mtbf { get; init => field = Positive(value, nameof(Mtbf), "MTBF τ"); }

    /// <summary>L^x, mean replenishment lead time in months (≥ 0).</summary>
    public required double LeadTime { get; init => field = NonNegative(value, nameof(LeadTime), "lead time L"); }

    /// <summary>c_p^x, unit production cost (≥ 0).</summary>
    public required double UnitCost { get; init => field = NonNegative(value, nameof(UnitCost), "unit cost c_p"); }

    /// <summary>c_d, downtime and repair cost of a failure served from stock (≥ 0).</summary>
    public required double RepairCost { get; init => field = NonNegative(value, nameof(RepairCost), "repair cost c_d"); }

    /// <summary>c_e^x, downtime and repair cost of a failure served by an emergency shipment (≥ 0).</summary>
    public required double EmergencyCost { get; init => field = NonNegative(value, nameof(EmergencyCost), "emergency cost c_e"); }

    /// <summary>h, holding cost per € of stock per month (≥ 0).</summary>
    public required double HoldingRate { get; init => field = NonNegative(value, nameof(HoldingRate), "holding rate h"); }

    /// <summary>λ^x = N/τ^x, failures per month.</summary>
    public double FailureRate => InstalledBase / Mtbf;

    /// <summary>a^x = N L^x/τ^x, the offered load of the Erlang loss system.</summary>
    public double Load => InstalledBase * LeadTime / Mtbf;

    /// <summary>N T/τ^x, expected failures over the life cycle.</summary>
    public double ExpectedFailures => InstalledBase * Horizon / Mtbf;

    private static double Positive(double value, string name, string what) =>
        value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, $"{what} must be finite and > 0");

    private static double NonNegative(double value, string name, string what) =>
        value >= 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, $"{what} must be finite and >= 0");
}
