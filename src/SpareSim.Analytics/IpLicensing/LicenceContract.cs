namespace SpareSim.Analytics.IpLicensing;

/// <summary>
/// The OEM's licence terms, the same for every buyer: an annual fee F ≥ 0 and a royalty r ≥ 0 per
/// printed part, or no licence at all (the contract (∞, 0) of the thesis).
/// </summary>
/// <param name="Fee">F, € per licensee per year (+∞ for no licence).</param>
/// <param name="Royalty">r, € per printed part.</param>
public readonly record struct LicenceContract(double Fee, double Royalty)
{
    /// <summary>(∞, 0): nobody licenses.</summary>
    public static LicenceContract None { get; } = new(double.PositiveInfinity, 0);

    /// <summary>True for (∞, 0).</summary>
    public bool IsNone => double.IsPositiveInfinity(Fee);

    /// <summary>Whether the OEM may offer it: F ≥ 0 and r ≥ 0.</summary>
    public bool IsFeasible => Fee >= 0 && Royalty >= 0 && !double.IsNaN(Fee) && double.IsFinite(Royalty);
}
