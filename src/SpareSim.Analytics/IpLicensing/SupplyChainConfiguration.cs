namespace SpareSim.Analytics.IpLicensing;

/// <summary>The supply-chain configurations of two buyers (spec B.6).</summary>
public enum SupplyChainConfiguration
{
    /// <summary>Centralised: nobody licenses.</summary>
    C,

    /// <summary>Both license, fixed fee only.</summary>
    DF,

    /// <summary>Both license, fee plus royalty.</summary>
    DM,

    /// <summary>Hybrid: only the large buyer licenses.</summary>
    HL,

    /// <summary>Hybrid: only the small buyer licenses; the large buyer's surplus Δ(λ₂, 0, 0) is negative.</summary>
    HSA,

    /// <summary>Hybrid: only the small buyer licenses although the large buyer's Δ(λ₂, 0, 0) ≥ 0 (the OEM keeps him traditional).</summary>
    HSB,
}

/// <summary>Names of <see cref="SupplyChainConfiguration"/> as the thesis prints them.</summary>
public static class SupplyChainConfigurations
{
    /// <summary>Every configuration, in the column order of Table 5.3.</summary>
    public static IReadOnlyList<SupplyChainConfiguration> All { get; } =
        [SupplyChainConfiguration.C, SupplyChainConfiguration.HSA, SupplyChainConfiguration.HSB, SupplyChainConfiguration.HL, SupplyChainConfiguration.DM, SupplyChainConfiguration.DF];

    /// <summary>"C", "DF", "DM", "HL", "HS-A", "HS-B".</summary>
    public static string Label(this SupplyChainConfiguration configuration) => configuration switch
    {
        SupplyChainConfiguration.HSA => "HS-A",
        SupplyChainConfiguration.HSB => "HS-B",
        _ => configuration.ToString(),
    };
}
