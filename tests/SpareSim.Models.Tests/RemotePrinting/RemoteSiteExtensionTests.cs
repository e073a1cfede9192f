using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Models.RemotePrinting;
using static SpareSim.Models.Tests.RemotePrinting.RemoteSiteReplications;

namespace SpareSim.Models.Tests.RemotePrinting;

public class RemoteSiteExtensionTests
{
    [Fact]
    public void SameSeedSameResultsAndDisabledExtensionsChangeNothing()
    {
        var controller = CyclePolicyController.PrintThreshold(1, 14, 2);
        var a = RemoteSiteSimulation.Run(Table31(), controller, new RandomStreams(7, 3), 100, 20_000);
        var b = RemoteSiteSimulation.Run(Table31() with { PrintCapacityPerNight = 3, ConvoyCancellationProbability = 0 }, controller, new RandomStreams(7, 3), 100, 20_000);
        Assert.Equal(a, b);
    }

    [Fact]
    public void ContinuousTimeFailuresWithAmpleStockConsumeNLambdaLPerCycle()
    {
        // With stock never running out every position is a Poisson process of rate λ = −ln(1−p_r):
        // a convoy brings N λ L parts on average.
        var c = Table31() with { FailureTiming = FailureTiming.ContinuousTime, RegularFailureProbability = 0.05 };
        var runs = Run(c, CyclePolicyController.PrintThreshold(40, 14, 2), 8, 28_000);
        AssertWithin(3 * -Math.Log(0.95) * 14, runs.Select(m => m.RegularPartsPerConvoy), 4.5, "convoy quantity");
        Assert.All(runs, m => Assert.Equal(1, m.TimeAverageAvailability));
    }

    [Fact]
    public void CancelledConvoysFollowTheirProbability()
    {
        var runs = Run(Table31() with { ConvoyCancellationProbability = 0.2 }, CyclePolicyController.PrintThreshold(1, 14, 2), 4, 140_000);
        // 10,000 due convoys per replication; cancellations ~ Binomial(40,000, 0.2): 4.5 SD = 360.
        long cancelled = runs.Sum(m => m.ConvoyCancellations);
        Assert.InRange(cancelled, 8000 - 360, 8000 + 360);
        Assert.Equal(40_000, cancelled + runs.Sum(m => m.ConvoyArrivals));
    }

    [Fact]
    public void PrinterIsDownForTheRenewalShareOfTime()
    {
        // Alternating renewal process: P(down) = E[repair] / (E[up] + E[repair]) = 2 / 10.
        var c = Table31() with { PrinterUptime = Exponential.FromMean(8), PrinterRepairTime = Exponential.FromMean(2) };
        var simulation = new Simulation();
        var printer = new Printer(simulation, c, new RandomStreams(5, 0));
        printer.Start();
        int down = 0, samples = 200_000;
        for (int k = 1; k <= samples; k++)
        {
            simulation.Run(k);
            if (!printer.IsUp) down++;
        }
        // Samples one day apart are correlated over a few days; 4.5 SD of an i.i.d. sample widened 3×.
        double sd = Math.Sqrt(0.2 * 0.8 / samples) * 3;
        Assert.InRange(down / (double)samples, 0.2 - 4.5 * sd, 0.2 + 4.5 * sd);
    }

    [Fact]
    public void RawMaterialLimitsPrintsAndIsToppedUpByTheConvoy()
    {
        // One print's worth of material per cycle: at most one print attempt between convoys.
        var c = Table31() with { PrintVolumeCc = 10, RawMaterialBaseStockCc = 10 };
        var runs = Run(c, CyclePolicyController.PrintThreshold(0, 14, 1), 2, 14_000);
        Assert.All(runs, m => Assert.True(m.PrintAttemptsPerDay * 14 <= 1 + 1e-9 && m.PrintAttemptsPerDay > 0));
        Assert.All(runs, m => Assert.True(m.UnmetPrintRequestsPerDay > 0));
        Assert.All(runs, m => Assert.True(m.RawMaterialPerCycleMean <= 10));
    }

    [Fact]
    public void FailedPrintsLeaveSystemsDownAndCostMaterial()
    {
        var c = Table31() with { PrintFailureProbability = 0.5 };
        var runs = Run(c, CyclePolicyController.PrintThreshold(0, 14, 2), 6, 56_000);
        // Half of the attempts are usable: Binomial(attempts, 0.5), 4.5 SD.
        double attempts = runs.Sum(m => m.PrintAttemptsPerDay) * 56_000, usable = runs.Sum(m => m.PrintsPerDay) * 56_000;
        double sd = Math.Sqrt(0.25 / attempts);
        Assert.InRange(usable / attempts, 0.5 - 4.5 * sd, 0.5 + 4.5 * sd);
    }

    [Fact]
    public void BadConfigurationIsRejectedNamingTheParameter()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => (Table31() with { ConvoyCancellationProbability = 1.5 }).Validate());
        Assert.Equal("ConvoyCancellationProbability", e.ParamName);
        Assert.Throws<ArgumentException>(() => (Table31() with { PrinterUptime = Exponential.FromMean(3) }).Validate());
    }
}
