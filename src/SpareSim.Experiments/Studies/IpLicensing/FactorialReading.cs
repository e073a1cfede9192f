namespace SpareSim.Experiments.Studies.IpLicensing;

/// <summary>
/// One reading of Table 5.2's underdetermined factorial (spec B.7–B.8): the traditional order cost
/// K_T (K_A = ratio·K_T) and the safety factors z crossed with the six factors. The thesis names
/// neither z nor the seventh factor; "literal" is Table 5.1's K_T = 2500 with z ∈ {0, 1.645},
/// "probe" is the spec's fit K_T = 500, z = 0 (a fit, not a source value).
/// </summary>
public sealed class FactorialReading
{
    /// <summary>Name in the results ("literal", "probe").</summary>
    public string Name { get; set; } = "";

    /// <summary>K_T.</summary>
    public double TraditionalOrderCost { get; set; } = 2500;

    /// <summary>The z levels crossed with the factorial (no default: the binder would append the file's levels to it).</summary>
    public List<double> SafetyFactors { get; set; } = [];
}
