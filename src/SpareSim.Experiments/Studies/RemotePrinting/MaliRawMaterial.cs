using SpareSim.Analytics.RemotePrinting;

namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>
/// The pooled raw material printed per weekly cycle under the printing optima (Section 3.6.6),
/// with each part's printed volume derived from its print cost (v = c_p / €-per-cc, spec §6.6:
/// the chapter does not list volumes).
/// </summary>
public static class MaliRawMaterial
{
    /// <summary>The pooled demand (whole cc per cycle) of <paramref name="parts"/>.</summary>
    public static RawMaterialDemand Pooled(IReadOnlyList<MaliPartResult> parts, double printCostPerCc)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return RawMaterialDemand.Pool(parts.Select(p =>
            (RawMaterialDemand.PrintsPerCycle(p.Instance, p.Printing.Policy), p.Part.PrintCost / printCostPerCc)).ToList());
    }
}
