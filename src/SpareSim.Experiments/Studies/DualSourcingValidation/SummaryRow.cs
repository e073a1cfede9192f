namespace SpareSim.Experiments.Studies.DualSourcingValidation;

/// <summary>One summary row: text columns and numeric columns by name.</summary>
public sealed class SummaryRow
{
    /// <summary>Text columns (instance names, distribution families).</summary>
    public Dictionary<string, string> Texts { get; } = new(StringComparer.Ordinal);

    /// <summary>Numeric columns.</summary>
    public Dictionary<string, double> Numbers { get; } = new(StringComparer.Ordinal);
}
