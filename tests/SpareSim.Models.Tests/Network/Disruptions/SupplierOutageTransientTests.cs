using System.Globalization;
using SpareSim.Core.Random;
using SpareSim.Models.Network.Engine;
using SpareSim.Models.Network.Monitoring;
using Xunit.Abstractions;

namespace SpareSim.Models.Tests.Network.Disruptions;

/// <summary>
/// An M/G/∞ supplier (Poisson orders at rate λ from an empty start, exponential lead times of
/// mean m) that is out in [a, b): orders placed during the window wait until b, then their lead
/// time starts. The pipeline N(t) is Poisson with mean
/// λm(1 − e^(−t/m)) before a; λm(e^(−(t−a)/m) − e^(−t/m)) + λ(t − a) inside the window;
/// λm(e^(−(t−a)/m) − e^(−t/m)) + λ(b − a)e^(−(t−b)/m) + λm(1 − e^(−(t−b)/m)) after it
/// (orders before a, the batch released at b, and the orders after b). Sampled on a time grid,
/// the mean over replications is checked point by point.
/// </summary>
public class SupplierOutageTransientTests(ITestOutputHelper output)
{
    private const double Lambda = 2, Lead = 5, A = 20, B = 30;

    [Fact]
    public void PipelineFollowsTheTransientMeanOfAnMGInfinityQueueWithAnOutage()
    {
        string json = DisruptionModels.SupplierFleet(20, 20 / Lambda, Lead, stock: 50, string.Create(CultureInfo.InvariantCulture, $$"""
            { "name": "strike", "kind": "outage", "element": "sources:supplier", "windows": [ { "start": {{A}}, "duration": {{B - A}} } ] }
            """));
        var blueprint = NetworkRuns.Build(json);
        double[] times = [10, 22, 29.5, 30, 33, 40, 60];
        var grid = new TimeGrid(0, 0.5, 121);
        const int replications = 400;
        var samples = new double[replications][];
        Parallel.For(0, replications, r => samples[r] = SupplyNetwork.Run(blueprint, new RandomStreams(5, r), 0, 60.5, null, (grid, ["pipeline_base_pump", "disrupted_strike"])).Series);
        double t99 = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, replications - 1, 1 - (1 - NetworkRuns.Confidence) / 2);
        foreach (double time in times)
        {
            int k = (int)Math.Round((time - grid.From) / grid.Step);
            var x = samples.Select(s => s[k]).ToArray();
            double mean = x.Average(), half = t99 * Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (replications - 1) / replications);
            double exact = ExactMean(time);
            output.WriteLine($"t = {time}: exact E[N(t)] {exact:G6}, simulated {mean:G6} ± {half:G3}");
            Assert.InRange(exact, mean - half, mean + half);
            // The disruption's own series: 1 inside [a, b), 0 outside, in every replication.
            Assert.All(samples, s => Assert.Equal(time >= A && time < B ? 1 : 0, s[grid.Points + k]));
        }
    }

    private static double ExactMean(double t)
    {
        double m = Lead;
        if (t < A) return Lambda * m * (1 - Math.Exp(-t / m));
        double before = Lambda * m * (Math.Exp(-(t - A) / m) - Math.Exp(-t / m));
        if (t < B) return before + Lambda * (t - A);
        return before + Lambda * (B - A) * Math.Exp(-(t - B) / m) + Lambda * m * (1 - Math.Exp(-(t - B) / m));
    }
}
