using System.Globalization;

namespace SpareSim.Experiments.Simulation;

/// <summary>A model parameter: its name, meaning, default and validation rule.</summary>
/// <param name="Name">The key in the experiment file (snake_case), e.g. "lambda_cm".</param>
/// <param name="Description">What it means, with its unit.</param>
/// <param name="Default">The default, as text (invariant culture); null if the parameter is required.</param>
/// <param name="Rule">The validation rule.</param>
/// <param name="Choices">The allowed values of a <see cref="ParameterRule.Choice"/> parameter.</param>
public sealed record ParameterSpec(string Name, string Description, string? Default, ParameterRule Rule, IReadOnlyList<string>? Choices = null)
{
    /// <summary>A numeric parameter.</summary>
    public static ParameterSpec Number(string name, string description, double? defaultValue, ParameterRule rule) =>
        new(name, description, defaultValue?.ToString("R", CultureInfo.InvariantCulture), rule);

    /// <summary>A parameter taking one of <paramref name="choices"/>.</summary>
    public static ParameterSpec Choice(string name, string description, string? defaultValue, params string[] choices) =>
        new(name, description, defaultValue, ParameterRule.Choice, choices);

    /// <summary>Checks a value; returns null when valid, else the reason.</summary>
    public string? Check(string value)
    {
        if (Rule == ParameterRule.Text)
            return string.IsNullOrWhiteSpace(value) ? "must not be empty" : null;
        if (Rule == ParameterRule.Choice)
        {
            return Choices!.Contains(value, StringComparer.OrdinalIgnoreCase)
                ? null
                : $"must be one of {string.Join(", ", Choices!)}, got '{value}'";
        }
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) || !double.IsFinite(x))
            return $"must be a finite number, got '{value}'";
        return Rule switch
        {
            ParameterRule.Positive when !(x > 0) => $"must be > 0, got {value}",
            ParameterRule.NonNegative when !(x >= 0) => $"must be >= 0, got {value}",
            ParameterRule.Probability when !(x >= 0 && x <= 1) => $"is a probability and must be in [0, 1], got {value}",
            ParameterRule.NonNegativeInteger when !(x >= 0 && x == Math.Floor(x)) => $"must be an integer >= 0, got {value}",
            ParameterRule.PositiveInteger when !(x >= 1 && x == Math.Floor(x)) => $"must be an integer >= 1, got {value}",
            ParameterRule.NonNegativeInteger or ParameterRule.PositiveInteger when x > int.MaxValue => $"must be an integer <= {int.MaxValue}, got {value}",
            _ => null,
        };
    }
}
