namespace SpareSim.Analytics.RemotePrinting;

/// <summary>
/// A remote-site policy of the chapter's optimal form (Theorems 3.1, 3.3, 3.4): the convoy brings
/// stock plus regular installed parts up to <see cref="BaseStock"/> S, and in each in-cycle period
/// the <see cref="Emergency"/> action is applied to all shortages.
/// </summary>
/// <param name="BaseStock">S ≥ 0.</param>
/// <param name="Emergency">The per-period emergency actions.</param>
public sealed record RemoteSitePolicy(int BaseStock, EmergencyPolicy Emergency)
{
    /// <summary>"S=1, P P … W".</summary>
    public override string ToString() => $"S={BaseStock}, {Emergency.Describe()}";
}
