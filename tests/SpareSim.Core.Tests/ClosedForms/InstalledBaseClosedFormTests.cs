using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Core.Resources;
using SpareSim.Core.Statistics;

namespace SpareSim.Core.Tests.ClosedForms;

/// <summary>
/// A finite installed base with one-for-one base stock, built from processes and a Store of
/// spares, against the exact birth-death chain in the number of outstanding orders R
/// (birth rate lambda * min(k, k + S - R), death rate R * mu).
/// </summary>
public class InstalledBaseClosedFormTests
{
    private const int Units = 5, BaseStock = 2;
    private const double FailureRate = 0.1, RepairRate = 0.5;

    private static double[] ExactDistribution()
    {
        int n = Units + BaseStock;
        var p = new double[n + 1];
        p[0] = 1;
        for (int r = 0; r < n; r++)
            p[r + 1] = p[r] * FailureRate * Math.Min(Units, Units + BaseStock - r) / ((r + 1) * RepairRate);
        double total = p.Sum();
        return p.Select(x => x / total).ToArray();
    }

    [Fact]
    public void Backorders_and_on_hand_stock_match_the_birth_death_solution()
    {
        var p = ExactDistribution();
        double ebo = 0, eoh = 0;
        for (int r = 0; r < p.Length; r++)
        {
            ebo += Math.Max(r - BaseStock, 0) * p[r];
            eoh += Math.Max(BaseStock - r, 0) * p[r];
        }

        var backorders = new List<double>();
        var onHand = new List<double>();
        for (int rep = 0; rep < 10; rep++)
        {
            var streams = new RandomStreams(99, rep);
            var sim = new Simulation();
            var spares = new Store<int>(sim);
            for (int i = 0; i < BaseStock; i++) spares.Put(i);
            var bo = new TimeWeightedStatistic();
            var oh = new TimeWeightedStatistic(0, BaseStock);
            var failure = Exponential.FromRate(FailureRate);
            var lead = Exponential.FromRate(RepairRate);

            void Record()
            {
                bo.Update(sim.Now, spares.GetQueue.Count);
                oh.Update(sim.Now, spares.Count);
            }

            IEnumerable<Event> Resupply()
            {
                yield return sim.Timeout(lead.Sample(streams.Get("lead-times")));
                spares.Put(0);
                Record();
            }

            IEnumerable<Event> Unit(int id)
            {
                var failures = streams.Get($"failures/{id}");
                while (true)
                {
                    yield return sim.Timeout(failure.Sample(failures));
                    sim.Process(Resupply(), "order");
                    var replacement = spares.Get();
                    Record();
                    yield return replacement;
                }
            }

            for (int u = 0; u < Units; u++) sim.Process(Unit(u), $"unit-{u}");
            sim.Run(200);
            bo.Reset(sim.Now);
            oh.Reset(sim.Now);
            sim.Run(200 + 40_000);
            backorders.Add(bo.TimeAverage(sim.Now));
            onHand.Add(oh.TimeAverage(sim.Now));
        }
        ReplicationAssert.MeanMatches(ebo, backorders, "expected backorders");
        ReplicationAssert.MeanMatches(eoh, onHand, "expected on-hand stock");
    }
}
