using System.Globalization;
using System.Text.Json.Nodes;
using SpareSim.Core.Distributions;

namespace SpareSim.Experiments.Models.Echelon;

/// <summary>A time law of an echelon network: family, mean and coefficient of variation (as a model file writes it).</summary>
/// <param name="Family">Distribution family (exponential, deterministic, gamma, lognormal, ...).</param>
/// <param name="Mean">Mean time.</param>
/// <param name="Cv">Coefficient of variation.</param>
public sealed record EchelonLaw(string Family, double Mean, double Cv)
{
    /// <summary>The law as a distribution (throws <see cref="ArgumentException"/> for a family that cannot have this cv).</summary>
    public IDistribution Distribution() => LeadTimeDistributions.FromMeanAndCv(Family, Mean, Cv);

    /// <summary>The law of a model file with every time divided by <paramref name="timeUnit"/>.</summary>
    public JsonObject Json(double timeUnit = 1) => new()
    {
        ["family"] = Family.ToLowerInvariant(),
        ["mean"] = Mean / timeUnit,
        ["cv"] = Cv,
    };

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Family}(mean {Mean:G6}, cv {Cv:G3})");
}
