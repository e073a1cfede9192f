using Microsoft.Extensions.Configuration;

namespace SpareSim.Experiments.Studies.KnofiusHingeBracket;

/// <summary>Settings of <c>experiments/knofius-hinge-bracket.json</c>.</summary>
public sealed class HingeBracketOptions
{
    /// <summary>The model file.</summary>
    public string Model { get; set; } = "models/knofius-hinge-bracket.json";

    /// <summary>Output folder.</summary>
    public string Output { get; set; } = "results/knofius-hinge-bracket";

    /// <summary>k' values of the aggregation check (Fig. 9).</summary>
    public List<int> AggregationLevels { get; set; } = [];

    /// <summary>Binds the experiment file plus command-line overrides; unknown keys are errors.</summary>
    public static HingeBracketOptions Load(string experimentFile, IEnumerable<string> overrides)
    {
        var options = StudyOptionsLoader.Load<HingeBracketOptions>(experimentFile, overrides);
        if (options.AggregationLevels.Any(l => l < 1)) throw new ArgumentException($"{experimentFile}: aggregationLevels must be >= 1");
        return options;
    }
}
