namespace SpareSim.Experiments.Simulation;

/// <summary>The validation rule of a model parameter.</summary>
public enum ParameterRule
{
    /// <summary>Any finite number.</summary>
    Real,

    /// <summary>A finite number &gt; 0 (rates, means, costs that must be positive).</summary>
    Positive,

    /// <summary>A finite number &gt;= 0 (costs, times).</summary>
    NonNegative,

    /// <summary>A probability in [0, 1].</summary>
    Probability,

    /// <summary>An integer &gt;= 0 (base stock, thresholds).</summary>
    NonNegativeInteger,

    /// <summary>An integer &gt;= 1 (installed base size, phases).</summary>
    PositiveInteger,

    /// <summary>One of <see cref="ParameterSpec.Choices"/>.</summary>
    Choice,

    /// <summary>Any non-empty text (e.g. a family name set in a model file by path).</summary>
    Text,
}
