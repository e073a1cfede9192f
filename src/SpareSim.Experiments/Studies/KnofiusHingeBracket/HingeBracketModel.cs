using System.Text.Json;
using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Experiments.Studies.KnofiusHingeBracket;

/// <summary>
/// The hinge-bracket case of Knofius et al. (2020) §5, Table 3, as read from
/// <c>models/knofius-hinge-bracket.json</c> (time unit year, backorder cost given per day).
/// </summary>
public sealed record HingeBracketModel
{
    /// <summary>Model name.</summary>
    public string Name { get; init; } = "";
    /// <summary>Where the numbers come from.</summary>
    public string Source { get; init; } = "";
    /// <summary>Time unit of all rates and costs.</summary>
    public string TimeUnit { get; init; } = "";
    /// <summary>k, the real installed base.</summary>
    public int InstalledBase { get; init; }
    /// <summary>λC per year.</summary>
    public double FailureRateCm { get; init; }
    /// <summary>μC per year.</summary>
    public double SupplyRateCm { get; init; }
    /// <summary>cC.</summary>
    public double PriceCm { get; init; }
    /// <summary>λA per year.</summary>
    public double FailureRateAm { get; init; }
    /// <summary>μA per year.</summary>
    public double SupplyRateAm { get; init; }
    /// <summary>cA.</summary>
    public double PriceAm { get; init; }
    /// <summary>b per day.</summary>
    public double BackorderCostPerDay { get; init; }
    /// <summary>Days per year to convert b.</summary>
    public double DaysPerYear { get; init; }
    /// <summary>m.</summary>
    public double MaintenanceCost { get; init; }
    /// <summary>κ per year.</summary>
    public double HoldingRate { get; init; }
    /// <summary>oA per installed AM part per year.</summary>
    public double OperationalSavingAm { get; init; }
    /// <summary>d, depreciated AM design cost per year.</summary>
    public double DesignCostAm { get; init; }
    /// <summary>k' used by the paper.</summary>
    public int AggregatedInstalledBase { get; init; }

    /// <summary>Reads and validates the model file.</summary>
    public static HingeBracketModel Load(string path)
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true, UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };
        var model = JsonSerializer.Deserialize<HingeBracketModel>(File.ReadAllText(path), options) ?? throw new FormatException($"{path}: empty model");
        if (model.InstalledBase < 1) throw new FormatException($"{path}: installedBase must be >= 1");
        if (model.AggregatedInstalledBase < 1 || model.AggregatedInstalledBase > model.InstalledBase)
            throw new FormatException($"{path}: aggregatedInstalledBase must be in 1..installedBase");
        if (!(model.DaysPerYear > 0)) throw new FormatException($"{path}: daysPerYear must be > 0");
        _ = model.Aggregated(model.AggregatedInstalledBase); // validates the rates and costs
        return model;
    }

    /// <summary>
    /// The instance aggregated to <paramref name="aggregated"/> systems (§5): failure rates and the
    /// operational saving per AM part multiplied by k/k', so demand and savings keep their totals.
    /// </summary>
    public DualSourcingInstance Aggregated(int aggregated)
    {
        double f = (double)InstalledBase / aggregated;
        return new DualSourcingInstance(aggregated, FailureRateCm * f, SupplyRateCm, PriceCm, FailureRateAm * f, SupplyRateAm, PriceAm,
            BackorderCostPerDay * DaysPerYear, MaintenanceCost, HoldingRate, OperationalSavingAm * f, DesignCostAm);
    }
}
