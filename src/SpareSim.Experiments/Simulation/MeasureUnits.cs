namespace SpareSim.Experiments.Simulation;

/// <summary>
/// The unit of a measure or parameter for reports, plot axes and Parquet metadata. A model can
/// name a unit itself (<see cref="ISimulationModel.MeasureUnit"/>); otherwise the unit follows
/// from the snake_case naming the models share (cost_… per time unit, …_rate per time unit,
/// availability and fill rates as fractions, waiting times in the time unit).
/// </summary>
public static class MeasureUnits
{
    /// <summary>The unit of <paramref name="measure"/> of <paramref name="model"/>, or "" when the name tells none.</summary>
    public static string Of(ISimulationModel model, string measure) =>
        model.MeasureUnit(measure) ?? FromName(measure, model.TimeUnit);

    /// <summary>The unit the name of a measure or parameter implies in <paramref name="timeUnit"/>, or "".</summary>
    public static string FromName(string name, string timeUnit)
    {
        // An analytic counterpart has the unit of the measure it stands beside.
        if (name.StartsWith("analytic_", StringComparison.Ordinal) && !name.StartsWith("analytic_cost", StringComparison.Ordinal)) name = name["analytic_".Length..];
        if (name.StartsWith("cost_", StringComparison.Ordinal) || name.StartsWith("analytic_cost", StringComparison.Ordinal) || name.StartsWith("saving", StringComparison.Ordinal))
            return $"cost per {timeUnit}";
        if (name.StartsWith("availability", StringComparison.Ordinal) || name.StartsWith("fill_rate", StringComparison.Ordinal)
            || name.StartsWith("utili", StringComparison.Ordinal) || name.StartsWith("printer_utilisation", StringComparison.Ordinal) || name.Contains("fraction", StringComparison.Ordinal))
            return "fraction";
        if (name.Contains("_rate", StringComparison.Ordinal) || name.StartsWith("rate", StringComparison.Ordinal)) return $"per {timeUnit}";
        if (name.Contains("waiting_time", StringComparison.Ordinal) || name.Contains("_wait", StringComparison.Ordinal)) return Plural(timeUnit);
        return "";
    }

    /// <summary>"month" → "months" (for lengths of time).</summary>
    public static string Plural(string timeUnit) => timeUnit.EndsWith('s') ? timeUnit : timeUnit + "s";
}
