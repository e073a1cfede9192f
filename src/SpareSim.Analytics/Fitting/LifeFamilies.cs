namespace SpareSim.Analytics.Fitting;

/// <summary>The fittable families by name.</summary>
public static class LifeFamilies
{
    /// <summary>Every family, in the order the fit command lists them by default.</summary>
    public static IReadOnlyList<LifeFamily> All { get; } =
        [new ExponentialFamily(), new WeibullFamily(), new LogNormalFamily(), new GammaFamily(), new ErlangFamily()];

    /// <summary>The family named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static LifeFamily? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
