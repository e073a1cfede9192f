using System.Text.Json;
using SpareSim.Analytics.RemotePrinting;

namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>
/// <c>models/remote-mali-parts.json</c>: the Mali case of the chapter — weekly supply, α, holding
/// at 100% of the price per year, p_p = 10 p_r, the three fleets and the 14 parts with their
/// published results. Unknown keys are errors.
/// </summary>
public sealed class MaliCaseModel
{
    /// <summary>What the file is.</summary>
    public string Description { get; set; } = "";
    /// <summary>L in days.</summary>
    public int CycleLength { get; set; } = 7;
    /// <summary>α per day.</summary>
    public double Discount { get; set; } = 0.9995;
    /// <summary>h per year as a share of c_r (h = share × c_r / 365 per day).</summary>
    public double HoldingCostPerYearAsShareOfPrice { get; set; } = 1;
    /// <summary>p_p / p_r.</summary>
    public double PrintedToRegularFailureRatio { get; set; } = 10;
    /// <summary>The fleets.</summary>
    public List<MaliSystem> Systems { get; set; } = [];
    /// <summary>The parts.</summary>
    public List<MaliPart> Parts { get; set; } = [];

    /// <summary>Reads and validates the file.</summary>
    public static MaliCaseModel Load(string path)
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true, UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };
        var model = JsonSerializer.Deserialize<MaliCaseModel>(File.ReadAllText(path), options) ?? throw new ArgumentException($"{path}: empty");
        if (model.Parts.Count == 0) throw new ArgumentException($"{path}: parts: at least one part is needed");
        foreach (var part in model.Parts)
            if (part.System is not null && model.Systems.All(s => s.Name != part.System))
                throw new ArgumentException($"{path}: parts[id={part.Id}].system: unknown system '{part.System}'");
        foreach (var part in model.Parts)
            foreach (var system in model.Systems)
                model.Instance(part, system); // throws naming the bad parameter
        return model;
    }

    /// <summary>The analytical instance of <paramref name="part"/> on <paramref name="system"/> (printing, no expediting).</summary>
    public RemoteSiteInstance Instance(MaliPart part, MaliSystem system)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(system);
        double pr = part.TableFailureProbability;
        return new RemoteSiteInstance(system.InstalledBase, CycleLength, part.RegularCost, part.PrintCost, pr, PrintedToRegularFailureRatio * pr,
            HoldingCostPerYearAsShareOfPrice * part.RegularCost / 365, system.BackorderCost, Discount);
    }

    /// <summary>The system of <paramref name="part"/>, or null.</summary>
    public MaliSystem? SystemOf(MaliPart part) => part?.System is null ? null : Systems.First(s => s.Name == part.System);
}
