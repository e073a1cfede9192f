using SpareSim.Core.Distributions;

namespace SpareSim.Models.Maintenance;

/// <summary>
/// One critical component under age-based PM with optional printed temporary parts (thesis ch. 4,
/// spec A.11): lifetime laws, deterministic lead times, costs, the PM controller and the printed-part
/// rule (none: regular parts only).
/// </summary>
public sealed record MaintainedComponentConfiguration
{
    /// <summary>Lifetime of a new regular part.</summary>
    public required IDistribution RegularLifetime { get; init; }

    /// <summary>Lifetime of a new printed part.</summary>
    public required IDistribution PrintedLifetime { get; init; }

    /// <summary>L_r.</summary>
    public required double RegularLeadTime { get; init; }

    /// <summary>L_p.</summary>
    public required double PrintLeadTime { get; init; }

    /// <summary>c_r.</summary>
    public required double RegularPrice { get; init; }

    /// <summary>c_p.</summary>
    public required double PrintPrice { get; init; }

    /// <summary>c_m per replacement action.</summary>
    public required double MaintenanceCost { get; init; }

    /// <summary>c_f per failure before PM.</summary>
    public required double FailureCost { get; init; }

    /// <summary>b per day down.</summary>
    public required double DowntimeRate { get; init; }

    /// <summary>h per day a regular part is in stock.</summary>
    public required double HoldingRate { get; init; }

    /// <summary>The PM controller of the regular part.</summary>
    public required AgeBasedPmController Controller { get; init; }

    /// <summary>The printed-part rule; null: never print.</summary>
    public TemporaryPartRule? TemporaryParts { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first inconsistent value.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(RegularLifetime);
        ArgumentNullException.ThrowIfNull(PrintedLifetime);
        ArgumentNullException.ThrowIfNull(Controller);
        if (!(RegularLeadTime > 0) || !double.IsFinite(RegularLeadTime)) throw new ArgumentException($"L_r must be positive and finite, got {RegularLeadTime}");
        if (!(PrintLeadTime > 0) || !(PrintLeadTime < RegularLeadTime)) throw new ArgumentException($"L_p must lie in (0, L_r), got {PrintLeadTime}");
        foreach (var (v, n) in new[] { (RegularPrice, "c_r"), (PrintPrice, "c_p"), (MaintenanceCost, "c_m"), (FailureCost, "c_f"), (DowntimeRate, "b"), (HoldingRate, "h") })
            if (!(v >= 0) || !double.IsFinite(v)) throw new ArgumentException($"{n} must be finite and >= 0, got {v}");
        double tr = Controller.ReplacementAge;
        if (tr < RegularLeadTime) throw new ArgumentException($"t_r ({tr}) must be at least L_r ({RegularLeadTime})");
        if (TemporaryParts is not { } rule) return;
        if (Controller.Ordering == RegularOrdering.AtInstallation)
            throw new ArgumentException("a printed-part rule needs just-in-time regular ordering: with a spare in stock nothing is ever printed");
        if (!(rule.PrintThreshold < tr - PrintLeadTime)) throw new ArgumentException($"t_b ({rule.PrintThreshold}) must be below t_r - L_p ({tr - PrintLeadTime})");
        if (rule.Removal == PrintedPartRemoval.AtOwnAge && rule.PrintedReplacementAge < RegularLeadTime - PrintLeadTime)
            throw new ArgumentException($"t_p ({rule.PrintedReplacementAge}) must be at least L_r - L_p ({RegularLeadTime - PrintLeadTime}): a printed part must be able to last until the regular part arrives");
    }
}
