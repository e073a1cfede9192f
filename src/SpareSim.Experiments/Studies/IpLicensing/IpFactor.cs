namespace SpareSim.Experiments.Studies.IpLicensing;

/// <summary>A factor of the factorial: its label in Tables 5.3/5.4 and its level in an instance.</summary>
/// <param name="Label">As the tables print it.</param>
/// <param name="Level">The instance's level.</param>
public sealed record IpFactor(string Label, Func<IpInstance, double> Level)
{
    /// <summary>The factors of Tables 5.3 and 5.4, then z.</summary>
    public static IReadOnlyList<IpFactor> All { get; } =
    [
        new("λ1+λ2", i => i.TotalRate),
        new("w_A/w_T", i => i.PriceRatio),
        new("K_A/K_T", i => i.OrderCostRatio),
        new("λ1/λ2", i => i.BuyerRatio),
        new("w_T/c", i => i.MarginRatio),
        new("h", i => i.HoldingRate),
        new("z", i => i.SafetyFactor),
    ];

    /// <summary>The factor labelled <paramref name="label"/>.</summary>
    public static IpFactor Named(string label) => All.Single(f => f.Label == label);

    /// <summary>The levels of every other factor: instances with the same key differ only in this factor.</summary>
    public string OthersKey(IpInstance i) =>
        string.Join("|", All.Where(f => f.Label != Label).Select(f => f.Level(i).ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
}
