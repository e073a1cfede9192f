using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Core.Resources;
using SpareSim.Core.Statistics;

namespace SpareSim.Core.Tests.ClosedForms;

/// <summary>M/M/1 and M/M/c queues built from the kernel's Resource, against queueing theory.</summary>
public class QueueClosedFormTests
{
    private const int Replications = 12;
    private const double WarmUp = 2_000;
    private const double RunLength = 40_000;

    private static (double MeanQueue, double MeanWait) SimulateQueue(int servers, double lambda, double mu, int replication)
    {
        var streams = new RandomStreams(20261123, replication);
        var arrivals = Exponential.FromRate(lambda);
        var service = Exponential.FromRate(mu);
        var sim = new Simulation();
        var desk = new Resource(sim, servers);
        var queue = new TimeWeightedStatistic();
        var waits = new Tally();

        IEnumerable<Event> Customer()
        {
            double arrived = sim.Now;
            using var req = desk.Request();
            queue.Update(sim.Now, desk.PutQueue.Count);
            yield return req;
            queue.Update(sim.Now, desk.PutQueue.Count);
            if (arrived >= WarmUp) waits.Add(sim.Now - arrived);
            yield return sim.Timeout(service.Sample(streams.Get("service")));
        }

        IEnumerable<Event> Source()
        {
            while (true)
            {
                yield return sim.Timeout(arrivals.Sample(streams.Get("arrivals")));
                sim.Process(Customer(), "customer");
            }
        }

        sim.Process(Source(), "source");
        sim.Run(WarmUp);
        queue.Reset(sim.Now);
        sim.Run(WarmUp + RunLength);
        return (queue.TimeAverage(sim.Now), waits.Mean);
    }

    [Fact]
    public void MM1_mean_queue_length_and_waiting_time()
    {
        const double lambda = 0.5, mu = 1.0;
        double rho = lambda / mu;
        double lq = rho * rho / (1 - rho);   // 0.5
        double wq = rho / (mu - lambda);     // 1.0
        var results = Enumerable.Range(0, Replications).Select(r => SimulateQueue(1, lambda, mu, r)).ToList();
        ReplicationAssert.MeanMatches(lq, results.Select(r => r.MeanQueue).ToList(), "M/M/1 Lq");
        ReplicationAssert.MeanMatches(wq, results.Select(r => r.MeanWait).ToList(), "M/M/1 Wq");
    }

    [Fact]
    public void MMc_waiting_time_matches_erlang_c()
    {
        const int c = 3;
        const double lambda = 2.0, mu = 1.0;
        double a = lambda / mu, rho = a / c;
        double sum = 0, term = 1;
        for (int k = 0; k < c; k++)
        {
            if (k > 0) term *= a / k;
            sum += term;
        }
        double last = term * a / c / (1 - rho); // a^c / c! / (1 - rho)
        double erlangC = last / (sum + last);
        double wq = erlangC / (c * mu - lambda);
        var results = Enumerable.Range(0, Replications).Select(r => SimulateQueue(c, lambda, mu, r)).ToList();
        ReplicationAssert.MeanMatches(wq, results.Select(r => r.MeanWait).ToList(), "M/M/3 Wq");
        ReplicationAssert.MeanMatches(lambda * wq, results.Select(r => r.MeanQueue).ToList(), "M/M/3 Lq (Little)");
    }
}
