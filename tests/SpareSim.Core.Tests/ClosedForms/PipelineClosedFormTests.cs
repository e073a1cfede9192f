using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Core.Statistics;

namespace SpareSim.Core.Tests.ClosedForms;

/// <summary>
/// Palm's theorem: in an M/G/infinity resupply pipeline the number of outstanding orders is
/// Poisson with mean (demand rate x mean lead time), whatever the lead-time distribution.
/// </summary>
public class PipelineClosedFormTests
{
    private const double DemandRate = 2.0;
    private const double MeanLeadTime = 3.0;

    public static TheoryData<string> LeadTimes => new() { "deterministic", "exponential", "lognormal" };

    private static IDistribution LeadTime(string family) => family switch
    {
        "deterministic" => Deterministic.FromValue(MeanLeadTime),
        "exponential" => Exponential.FromMean(MeanLeadTime),
        _ => LogNormal.FromMeanAndCv(MeanLeadTime, 1.5),
    };

    [Theory]
    [MemberData(nameof(LeadTimes))]
    public void Number_in_resupply_is_poisson_with_mean_lambda_times_lead_time(string family)
    {
        const int reps = 10;
        const double warmUp = 100, length = 20_000;
        double mean = DemandRate * MeanLeadTime;
        int[] levels = { 2, 4, 6, 8, 10 };
        var means = new List<double>();
        var fractions = levels.Select(_ => new List<double>()).ToArray();
        for (int r = 0; r < reps; r++)
        {
            var streams = new RandomStreams(7, r);
            var sim = new Simulation();
            var inResupply = new TimeWeightedHistogram();
            int count = 0;
            var lead = LeadTime(family);
            var demand = Exponential.FromRate(DemandRate);

            IEnumerable<Event> Order()
            {
                inResupply.Update(sim.Now, ++count);
                yield return sim.Timeout(lead.Sample(streams.Get("lead-times")));
                inResupply.Update(sim.Now, --count);
            }

            IEnumerable<Event> Demand()
            {
                while (true)
                {
                    yield return sim.Timeout(demand.Sample(streams.Get("demand")));
                    sim.Process(Order(), "order");
                }
            }

            sim.Process(Demand(), "demand");
            sim.Run(warmUp);
            inResupply.Reset(sim.Now);
            sim.Run(warmUp + length);
            means.Add(inResupply.TimeAverage(sim.Now));
            for (int i = 0; i < levels.Length; i++) fractions[i].Add(inResupply.Fraction(levels[i], sim.Now));
        }
        ReplicationAssert.MeanMatches(mean, means, $"{family}: mean in resupply");
        for (int i = 0; i < levels.Length; i++)
        {
            double pmf = Math.Exp(-mean + levels[i] * Math.Log(mean) - MathNet.Numerics.SpecialFunctions.GammaLn(levels[i] + 1));
            ReplicationAssert.MeanMatches(pmf, fractions[i], $"{family}: P(N={levels[i]})");
        }
    }
}
