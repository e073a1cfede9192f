using SpareSim.Analytics.MultiEchelon;
using SpareSim.Core.Distributions;
using SpareSim.Core.Random;
using SpareSim.Models.MultiEchelon;

namespace SpareSim.Experiments.Studies.MultiEchelon;

/// <summary>
/// Links the analytic network (means only) and the simulated one (laws): an analytic network gets
/// repair/AM laws of one family and shipping laws of another; a simulated network (e.g. from a model
/// file) gives METRIC its means. Also runs replications of a simulated network in parallel.
/// </summary>
public static class EchelonNetworkMapping
{
    /// <summary>The simulated network of <paramref name="network"/> at <paramref name="stocks"/> (CMC first).</summary>
    public static EchelonNetworkConfiguration ToConfiguration(EchelonNetwork network, IReadOnlyList<int> stocks, string repairFamily, double repairCv,
        string shipFamily, double shipCv, CentralStockMode mode = CentralStockMode.SinglePool, int amPoolStock = 0)
    {
        ArgumentNullException.ThrowIfNull(network);
        network.CheckStocks(stocks);
        IDistribution Repair(double mean) => LeadTimeDistributions.FromMeanAndCv(repairFamily, mean, repairCv);
        var c = network.Central;
        var central = new CentralDepotConfiguration(c.Name, c.DemandRate, Repair(c.RepairTime), Repair(c.AmTime), c.AmProbabilityOwn, c.AmProbabilityRegional, stocks[0], amPoolStock);
        var regions = network.Regions.Select((r, j) => new RegionalDepotConfiguration(r.Name, r.DemandRate, r.LocalRepairProbability, Repair(r.RepairTime),
            Repair(r.AmTime), r.AmProbability, LeadTimeDistributions.FromMeanAndCv(shipFamily, r.ShipTime, shipCv), stocks[j + 1])).ToArray();
        return new EchelonNetworkConfiguration(central, regions, mode);
    }

    /// <summary>The analytic network with the means of <paramref name="configuration"/>.</summary>
    public static EchelonNetwork ToNetwork(EchelonNetworkConfiguration configuration, double unitPrice)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var c = configuration.Central;
        return new EchelonNetwork(
            new CentralSite(c.Name, c.DemandRate, c.RepairTime.Mean, c.AmTime.Mean, c.AmProbabilityOwn, c.AmProbabilityRegional),
            configuration.Regions.Select(r => new RegionalSite(r.Name, r.DemandRate, r.LocalRepairProbability, r.RepairTime.Mean, r.AmTime.Mean, r.AmProbability, r.ShipTime.Mean)).ToArray(),
            unitPrice);
    }

    /// <summary>
    /// Independent replications of about <paramref name="failuresPerReplication"/> failures each, the first
    /// <paramref name="warmUpFraction"/> of the run discarded (streams per (seed, replication): common random numbers across networks).
    /// </summary>
    public static EchelonMeasures[] Replicate(EchelonNetworkConfiguration configuration, ulong masterSeed, int replications, double failuresPerReplication,
        double warmUpFraction, int degreeOfParallelism, CancellationToken cancellation = default)
    {
        double runLength = RunLengthFor(configuration, failuresPerReplication), warmUp = warmUpFraction * runLength;
        var runs = new EchelonMeasures[replications];
        Parallel.For(0, replications, new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism, CancellationToken = cancellation }, r =>
            runs[r] = EchelonSimulation.Run(configuration, new RandomStreams(masterSeed, r), warmUp, runLength));
        return runs;
    }

    /// <summary>Run length giving about <paramref name="failures"/> failures in the network.</summary>
    public static double RunLengthFor(EchelonNetworkConfiguration configuration, double failures)
    {
        double rate = configuration.Central.DemandRate + configuration.Regions.Sum(r => r.DemandRate);
        if (!(rate > 0)) throw new ArgumentException("the network has no demand");
        return failures / rate;
    }
}
