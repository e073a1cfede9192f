namespace SpareSim.Analytics.RemotePrinting;

/// <summary>Restricts an instance to the sources of a <see cref="SourcingStrategy"/>.</summary>
public static class SourcingStrategies
{
    /// <summary>
    /// <paramref name="instance"/> with the sources <paramref name="strategy"/> does not use set to
    /// +∞ cost; strategies with expediting need a finite <see cref="RemoteSiteInstance.ExpediteCost"/>,
    /// strategies with printing a finite <see cref="RemoteSiteInstance.PrintCost"/>.
    /// </summary>
    public static RemoteSiteInstance Restrict(RemoteSiteInstance instance, SourcingStrategy strategy)
    {
        ArgumentNullException.ThrowIfNull(instance);
        bool print = strategy is SourcingStrategy.Printing or SourcingStrategy.TripleSourcing;
        bool expedite = strategy is SourcingStrategy.Expediting or SourcingStrategy.TripleSourcing;
        if (print && !instance.CanPrint) throw new ArgumentException($"{strategy} needs a finite print cost", nameof(strategy));
        if (expedite && !instance.CanExpedite) throw new ArgumentException($"{strategy} needs a finite expedite cost", nameof(strategy));
        return instance with
        {
            PrintCost = print ? instance.PrintCost : double.PositiveInfinity,
            ExpediteCost = expedite ? instance.ExpediteCost : double.PositiveInfinity,
        };
    }
}
