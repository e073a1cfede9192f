using SpareSim.Core.Distributions;
using SpareSim.Core.Random;
using SpareSim.Models.Controllers;
using SpareSim.Models.InstalledBases;
using SpareSim.Models.Sourcing;

namespace SpareSim.Models.Tests.Sourcing;

/// <summary>Same seed, same numbers; bad input stops with the parameter named.</summary>
public sealed class DeterminismAndInputTests
{
    private static SourcingSystemConfiguration Configuration() => new(5, Exponential.FromRate(0.2), Exponential.FromRate(0.3),
        LeadTimeDistributions.FromMeanAndCv("lognormal", 2, 2), Exponential.FromRate(2), new SourcingCosts(10, 20, 1, 0.2, 50), 1, 1, 1);

    [Fact]
    public void Same_seed_gives_identical_measures_and_another_seed_does_not()
    {
        var controller = new DualIndexController(5, 0, PartVersion.Cm);
        var a = SourcingSimulation.Run(Configuration(), controller, new RandomStreams(5, 3), 10, 1_000);
        var b = SourcingSimulation.Run(Configuration(), controller, new RandomStreams(5, 3), 10, 1_000);
        var c = SourcingSimulation.Run(Configuration(), controller, new RandomStreams(5, 4), 10, 1_000);
        Assert.Equal(a, b);
        Assert.NotEqual(a.TotalCost, c.TotalCost);
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        Assert.Equal("holdingRate", Assert.Throws<ArgumentOutOfRangeException>(() => new SourcingCosts(10, 20, 1, -0.2, 50)).ParamName);
        Assert.Equal("initialInstalledAm", Assert.ThrowsAny<ArgumentException>(() => new SourcingSystemConfiguration(3, Exponential.FromRate(1),
            Exponential.FromRate(1), Exponential.FromRate(1), Exponential.FromRate(1), new SourcingCosts(1, 1, 1, 0, 1), 4, 0, 0)).ParamName);
        Assert.Equal("warmup", Assert.Throws<ArgumentOutOfRangeException>(() =>
            SourcingSimulation.Run(Configuration(), new BaseStockController(PartVersion.Cm), new RandomStreams(1, 0), -1, 10)).ParamName);
        Assert.Equal("installedBase", Assert.Throws<ArgumentOutOfRangeException>(() => new DualIndexController(0, 1, PartVersion.Cm)).ParamName);
    }
}
