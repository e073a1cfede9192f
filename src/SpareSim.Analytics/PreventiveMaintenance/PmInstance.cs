namespace SpareSim.Analytics.PreventiveMaintenance;

/// <summary>
/// One instance of chapter 4's model (spec A.2): the lifetime laws of the regular and the printed
/// part, their deterministic lead times L_r and L_p, and the costs c_r, c_p, c_m, c_f, b, h.
/// </summary>
public sealed record PmInstance
{
    /// <summary>Lifetime law of a regular part.</summary>
    public required ILifetimeLaw Regular { get; init; }

    /// <summary>Lifetime law of a printed part.</summary>
    public required ILifetimeLaw Printed { get; init; }

    /// <summary>L_r, regular order lead time (days).</summary>
    public required double RegularLeadTime { get; init; }

    /// <summary>L_p, printing lead time (days).</summary>
    public required double PrintLeadTime { get; init; }

    /// <summary>c_r, unit cost of a regular part.</summary>
    public required double RegularPrice { get; init; }

    /// <summary>c_p, unit cost of a printed part.</summary>
    public required double PrintPrice { get; init; }

    /// <summary>c_m, cost of one replacement action.</summary>
    public required double MaintenanceCost { get; init; }

    /// <summary>c_f, extra cost of a failure before the scheduled PM.</summary>
    public required double FailureCost { get; init; }

    /// <summary>b, downtime cost per day.</summary>
    public required double DowntimeRate { get; init; }

    /// <summary>h, holding cost per day of a regular part in stock.</summary>
    public required double HoldingRate { get; init; }

    /// <summary>Table 4.1's base case: Weibull(600, 5) and Weibull(160, 5), L_r = 30, L_p = 1, h = 0.2 c_r/365.</summary>
    public static PmInstance BaseCase() => Create(600, 160, 5, 30, 1, 1200, 600, 200, 400, 50, 0.2 * 1200 / 365.0);

    /// <summary>Weibull laws with a common shape; the other values as named in spec A.2.</summary>
    public static PmInstance Create(double alphaR, double alphaP, double beta, double lr, double lp, double cr, double cp,
        double cm, double cf, double b, double h) => new()
    {
        Regular = new WeibullLifetime(alphaR, beta),
        Printed = new WeibullLifetime(alphaP, beta),
        RegularLeadTime = lr, PrintLeadTime = lp, RegularPrice = cr, PrintPrice = cp,
        MaintenanceCost = cm, FailureCost = cf, DowntimeRate = b, HoldingRate = h,
    };

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid value.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Regular);
        ArgumentNullException.ThrowIfNull(Printed);
        Positive(RegularLeadTime, "regular lead time L_r");
        Positive(PrintLeadTime, "print lead time L_p");
        if (PrintLeadTime >= RegularLeadTime) throw new ArgumentException($"print lead time L_p ({PrintLeadTime}) must be shorter than L_r ({RegularLeadTime})");
        foreach (var (v, n) in new[] { (RegularPrice, "c_r"), (PrintPrice, "c_p"), (MaintenanceCost, "c_m"), (FailureCost, "c_f"), (DowntimeRate, "b"), (HoldingRate, "h") })
            if (!(v >= 0) || !double.IsFinite(v)) throw new ArgumentException($"{n} must be finite and >= 0, got {v}");
    }

    private static void Positive(double v, string name)
    {
        if (!(v > 0) || !double.IsFinite(v)) throw new ArgumentException($"{name} must be positive and finite, got {v}");
    }
}
