using SpareSim.Core.Distributions;

namespace SpareSim.Models.Sourcing;

/// <summary>
/// One installed base supported by one stock point with a CM and an AM source: k systems, the
/// failure (lifetime) law of each installed version, the lead-time law of each source, the costs,
/// and the initial state (all pipelines empty; <see cref="InitialInstalledAm"/> of the k systems run
/// AM units, the rest CM; the stock holds <see cref="InitialStockCm"/> + <see cref="InitialStockAm"/>
/// = S spares). One-for-one replenishment keeps N = k + S parts in circulation.
/// </summary>
public sealed record SourcingSystemConfiguration
{
    /// <summary>Creates and validates a configuration.</summary>
    public SourcingSystemConfiguration(int installedBase, IDistribution lifetimeCm, IDistribution lifetimeAm,
        IDistribution leadTimeCm, IDistribution leadTimeAm, SourcingCosts costs,
        int initialInstalledAm, int initialStockCm, int initialStockAm)
    {
        if (installedBase < 1 || installedBase > 1023)
            throw new ArgumentOutOfRangeException(nameof(installedBase), installedBase, "installed base k must be in [1, 1023]");
        if (initialInstalledAm < 0 || initialInstalledAm > installedBase)
            throw new ArgumentOutOfRangeException(nameof(initialInstalledAm), initialInstalledAm, $"must be in [0, k = {installedBase}]");
        ArgumentOutOfRangeException.ThrowIfNegative(initialStockCm);
        ArgumentOutOfRangeException.ThrowIfNegative(initialStockAm);
        if (initialStockCm + initialStockAm > 1023)
            throw new ArgumentOutOfRangeException(nameof(initialStockCm), initialStockCm + initialStockAm, "the base stock S must be at most 1023");
        InstalledBase = installedBase;
        LifetimeCm = lifetimeCm ?? throw new ArgumentNullException(nameof(lifetimeCm));
        LifetimeAm = lifetimeAm ?? throw new ArgumentNullException(nameof(lifetimeAm));
        LeadTimeCm = leadTimeCm ?? throw new ArgumentNullException(nameof(leadTimeCm));
        LeadTimeAm = leadTimeAm ?? throw new ArgumentNullException(nameof(leadTimeAm));
        Costs = costs ?? throw new ArgumentNullException(nameof(costs));
        InitialInstalledAm = initialInstalledAm;
        InitialStockCm = initialStockCm;
        InitialStockAm = initialStockAm;
    }

    /// <summary>k, the number of systems.</summary>
    public int InstalledBase { get; }

    /// <summary>Time to failure of an installed CM unit, from its installation.</summary>
    public IDistribution LifetimeCm { get; }

    /// <summary>Time to failure of an installed AM unit, from its installation.</summary>
    public IDistribution LifetimeAm { get; }

    /// <summary>Lead time of a CM order.</summary>
    public IDistribution LeadTimeCm { get; }

    /// <summary>Lead time of an AM order.</summary>
    public IDistribution LeadTimeAm { get; }

    /// <summary>The cost parameters.</summary>
    public SourcingCosts Costs { get; }

    /// <summary>AM units installed at time 0.</summary>
    public int InitialInstalledAm { get; }

    /// <summary>CM spares at time 0.</summary>
    public int InitialStockCm { get; }

    /// <summary>AM spares at time 0.</summary>
    public int InitialStockAm { get; }

    /// <summary>S, the base stock: spares on hand when nothing is in resupply.</summary>
    public int BaseStock => InitialStockCm + InitialStockAm;
}
