namespace SpareSim.Models.Maintenance;

/// <summary>
/// What one run of <see cref="MaintenanceSimulation"/> measured: the long-run cost rate with its
/// delta-method standard error, the rate of each category, service measures and the counts of
/// events outside the analytic model.
/// </summary>
public sealed record MaintenanceMeasures
{
    /// <summary>Renewal cycles observed.</summary>
    public required long Cycles { get; init; }

    /// <summary>Total simulated time (days).</summary>
    public required double Days { get; init; }

    /// <summary>ĝ, cost per day.</summary>
    public required double CostRate { get; init; }

    /// <summary>Delta-method standard error of <see cref="CostRate"/>.</summary>
    public required double CostRateStandardError { get; init; }

    /// <summary>Per day, by <see cref="MaintenanceCycleLedger.Categories"/>.</summary>
    public required IReadOnlyDictionary<string, double> Rates { get; init; }

    /// <summary>Delta-method standard error per category.</summary>
    public required IReadOnlyDictionary<string, double> RateStandardErrors { get; init; }

    /// <summary>Mean cycle length (days).</summary>
    public double MeanCycleLength => Days / Cycles;

    /// <summary>1 − fraction of time down.</summary>
    public double Availability => 1 - Rates["downtime_days"];

    /// <summary>Fraction of time on a printed part.</summary>
    public double PrintedFraction => Rates["printed_days"];

    /// <summary>Parts printed per day.</summary>
    public double PrintsPerDay => Rates["prints"];

    /// <summary>Mean days a regular part spends in stock per cycle.</summary>
    public double MeanHoldingPerCycle => Rates["holding_days"] * MeanCycleLength;

    /// <summary>Regular failures before the spare arrived (B).</summary>
    public required long RegularFailuresBeforeSpare { get; init; }

    /// <summary>Printed failures before the regular part arrived (TR, DA).</summary>
    public required long PrintedFailuresBeforeRegular { get; init; }

    /// <summary>Re-prints after such failures.</summary>
    public required long Reprints { get; init; }
}
