using SpareSim.Core.Distributions;
using SpareSim.Core.Random;
using SpareSim.Models.Maintenance;

namespace SpareSim.Models.Tests.Maintenance;

public class MaintainedComponentTests
{
    private static MaintainedComponentConfiguration Config(double regularLife, double printedLife, AgeBasedPmController controller, TemporaryPartRule? rule) => new()
    {
        RegularLifetime = Deterministic.FromValue(regularLife),
        PrintedLifetime = Deterministic.FromValue(printedLife),
        RegularLeadTime = 30, PrintLeadTime = 1,
        RegularPrice = 1000, PrintPrice = 100, MaintenanceCost = 10, FailureCost = 1, DowntimeRate = 50, HoldingRate = 0.5,
        Controller = controller,
        TemporaryParts = rule,
    };

    private static MaintenanceMeasures Run(MaintainedComponentConfiguration c) => MaintenanceSimulation.Run(c, new RandomStreams(1, 0), 10);

    [Fact]
    public void TemporaryReplacementEarlyFailureTrace()
    {
        // Failure at 100 < t_r − L_r = 170: order at once (arrives 130), print (down 1 day, installed at 101),
        // printed part removed at 130. Cycle 130 days; cost c_r + c_m + c_f + c_p + c_m + b·1 = 1171.
        var m = Run(Config(100, 50, new AgeBasedPmController(200, RegularOrdering.JustInTime), new TemporaryPartRule(150, PrintedPartRemoval.OnRegularArrival)));
        Assert.Equal(130, m.MeanCycleLength, 1e-12);
        Assert.Equal(1171 / 130.0, m.CostRate, 1e-12);
        Assert.Equal(29 / 130.0, m.PrintedFraction, 1e-12);
        Assert.Equal(1 - 1 / 130.0, m.Availability, 1e-12);
        Assert.Equal(0, m.CostRateStandardError, 1e-12);
    }

    [Fact]
    public void DoubleAgeLateFailureTrace()
    {
        // Failure at 180 ∈ [t_r − L_r, t_b) = [170, 190): regular due at t_r = 200; print installed at 181,
        // kept to its age t_p = 40 (221): regular held 21 days. Cost 1000 + 10 + 1 + 100 + 10 + 50 + 0.5·21.
        var m = Run(Config(180, 60, new AgeBasedPmController(200, RegularOrdering.JustInTime), new TemporaryPartRule(190, PrintedPartRemoval.AtOwnAge, 40)));
        Assert.Equal(221, m.MeanCycleLength, 1e-12);
        Assert.Equal((1171 + 10.5) / 221, m.CostRate, 1e-12);
        Assert.Equal(21, m.MeanHoldingPerCycle, 1e-12);
    }

    [Fact]
    public void EarlyPrintedFailureIsCountedAndFollowsTheRule()
    {
        // Printed life 10 < 29 days to the regular arrival: it fails at 111; waiting gives 19 more days down;
        // re-printing (twice: 112–122, 123–130) gives 2 more print days down.
        var jit = new AgeBasedPmController(200, RegularOrdering.JustInTime);
        var wait = Run(Config(100, 10, jit, new TemporaryPartRule(150, PrintedPartRemoval.OnRegularArrival)));
        Assert.Equal(10, wait.PrintedFailuresBeforeRegular);
        Assert.Equal(1 - 20 / 130.0, wait.Availability, 1e-12);
        var reprint = Run(Config(100, 10, jit, new TemporaryPartRule(150, PrintedPartRemoval.OnRegularArrival, earlyFailure: EarlyPrintedFailureResponse.Reprint, chargeEarlyFailure: false)));
        Assert.Equal(20, reprint.Reprints);
        Assert.Equal(1 - 3 / 130.0, reprint.Availability, 1e-12);
        Assert.Equal((1000 + 10 + 1 + 3 * 110 + 50 * 3) / 130.0, reprint.CostRate, 1e-12);
    }

    [Fact]
    public void BenchmarkHoldsTheSpareAndWaitsIfItIsLate()
    {
        var m = Run(Config(100, 10, new AgeBasedPmController(200, RegularOrdering.AtInstallation), null));
        Assert.Equal((1000 + 10 + 1 + 0.5 * 70) / 100, m.CostRate, 1e-12);
        var late = Run(Config(20, 10, new AgeBasedPmController(200, RegularOrdering.AtInstallation), null));
        Assert.Equal(10, late.RegularFailuresBeforeSpare);
        Assert.Equal((1000 + 10 + 1 + 50 * 10) / 30.0, late.CostRate, 1e-12);
    }

    [Fact]
    public void PoliciesShareRegularLifetimes()
    {
        // Common random numbers: the k-th regular part has the same lifetime under B and TR, so with the
        // same t_r both count exactly the same failures.
        static MaintainedComponentConfiguration Weibull(RegularOrdering o, TemporaryPartRule? rule) => new()
        {
            RegularLifetime = Core.Distributions.Weibull.FromShapeAndScale(5, 600),
            PrintedLifetime = Core.Distributions.Weibull.FromShapeAndScale(5, 160),
            RegularLeadTime = 30, PrintLeadTime = 1, RegularPrice = 1200, PrintPrice = 600, MaintenanceCost = 200,
            FailureCost = 400, DowntimeRate = 50, HoldingRate = 0.6,
            Controller = new AgeBasedPmController(500, o), TemporaryParts = rule,
        };
        var b = MaintenanceSimulation.Run(Weibull(RegularOrdering.AtInstallation, null), new RandomStreams(9, 3), 5000);
        var tr = MaintenanceSimulation.Run(Weibull(RegularOrdering.JustInTime, new TemporaryPartRule(483, PrintedPartRemoval.OnRegularArrival)), new RandomStreams(9, 3), 5000);
        Assert.Equal(b.Rates["failure"] * b.Days, tr.Rates["failure"] * tr.Days, 1e-6);
        Assert.True(b.Rates["failure"] > 0);
    }

    [Fact]
    public void InconsistentSettingsAreRejected()
    {
        var jit = new AgeBasedPmController(200, RegularOrdering.JustInTime);
        Assert.Throws<ArgumentException>(() => Run(Config(100, 50, jit, new TemporaryPartRule(199.5, PrintedPartRemoval.OnRegularArrival))));
        Assert.Throws<ArgumentException>(() => Run(Config(100, 50, jit, new TemporaryPartRule(150, PrintedPartRemoval.AtOwnAge, 5))));
        Assert.Throws<ArgumentException>(() => Run(Config(100, 50, new AgeBasedPmController(200, RegularOrdering.AtInstallation), new TemporaryPartRule(150, PrintedPartRemoval.OnRegularArrival))));
    }
}
