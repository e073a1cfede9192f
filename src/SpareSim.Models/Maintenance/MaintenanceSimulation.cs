using SpareSim.Core.Kernel;
using SpareSim.Core.Random;

namespace SpareSim.Models.Maintenance;

/// <summary>Runs one <see cref="MaintainedComponent"/> for a number of renewal cycles and reports its measures.</summary>
public static class MaintenanceSimulation
{
    /// <summary>
    /// Simulates <paramref name="cycles"/> cycles from a fresh regular installation (a renewal, so no
    /// warm-up is needed) with the streams of <paramref name="streams"/>.
    /// </summary>
    public static MaintenanceMeasures Run(MaintainedComponentConfiguration configuration, RandomStreams streams, long cycles)
    {
        if (cycles < 2) throw new ArgumentOutOfRangeException(nameof(cycles), cycles, "at least two cycles are needed for a standard error");
        var sim = new Simulation();
        var component = new MaintainedComponent(sim, streams, configuration);
        var process = component.Start(cycles);
        sim.Run(process);
        var ledger = component.Ledger;
        var names = MaintenanceCycleLedger.Categories;
        return new MaintenanceMeasures
        {
            Cycles = ledger.Total.Count,
            Days = ledger.Total.TotalLength,
            CostRate = ledger.Total.Ratio,
            CostRateStandardError = ledger.Total.StandardError,
            Rates = names.Select((n, k) => (n, ledger.Rates[k].Ratio)).ToDictionary(p => p.n, p => p.Ratio),
            RateStandardErrors = names.Select((n, k) => (n, ledger.Rates[k].StandardError)).ToDictionary(p => p.n, p => p.StandardError),
            RegularFailuresBeforeSpare = component.OutOfModel.RegularFailuresBeforeSpare,
            PrintedFailuresBeforeRegular = component.OutOfModel.PrintedFailuresBeforeRegular,
            Reprints = component.OutOfModel.Reprints,
        };
    }
}
