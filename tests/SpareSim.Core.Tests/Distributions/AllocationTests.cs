using SpareSim.Core.Distributions;
using SpareSim.Core.Random;
using SpareSim.Core.Statistics;

namespace SpareSim.Core.Tests.Distributions;

/// <summary>The per-event path (drawing, recording) must not allocate: measured on the current thread.</summary>
public sealed class AllocationTests
{
    [Theory]
    [MemberData(nameof(ContinuousCases.Names), MemberType = typeof(ContinuousCases))]
    public void Continuous_sampling_does_not_allocate(string name)
    {
        var law = ContinuousCases.All[name].Create();
        var stream = new RandomStream(1, 0, "alloc");
        double sink = law.Sample(stream); // first call JIT-compiles
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++) sink += law.Sample(stream);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(double.IsFinite(sink));
    }

    [Fact]
    public void Discrete_sampling_and_statistics_do_not_allocate()
    {
        IDiscreteDistribution[] laws = [Bernoulli.FromProbability(0.3), Binomial.FromTrials(20, 0.4), Poisson.FromMean(2), Poisson.FromMean(80)];
        var empirical = Empirical.PiecewiseLinear([1.0, 2.0, 4.0]);
        var resample = Empirical.Resampling([1.0, 2.0, 4.0]);
        var stream = new RandomStream(1, 0, "alloc");
        var tally = new Tally();
        var level = new TimeWeightedStatistic();
        var histogram = new TimeWeightedHistogram();
        histogram.Update(0, 400); // grow once to cover every level the draws below reach
        histogram.Update(0, 0);
        void Round(int i)
        {
            foreach (var law in laws) histogram.Update(i, law.Sample(stream));
            tally.Add(empirical.Sample(stream) + resample.Sample(stream));
            level.Update(i, i % 7);
        }
        for (int i = 0; i < 200; i++) Round(i); // JIT-compiles everything on the path
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 200; i < 10_200; i++) Round(i);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
