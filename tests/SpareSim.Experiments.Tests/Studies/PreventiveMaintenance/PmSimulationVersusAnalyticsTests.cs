using SpareSim.Analytics.PreventiveMaintenance;
using SpareSim.Core.Random;
using SpareSim.Experiments.Studies.PreventiveMaintenance;
using SpareSim.Models.Maintenance;

namespace SpareSim.Experiments.Tests.Studies.PreventiveMaintenance;

/// <summary>
/// The simulated component against the renewal-reward formulas (reduced size: one replication of
/// 80 000 cycles per point, fixed seed; tolerance 4.5 delta-method standard errors plus the
/// analytic model's own error from F_x(L_r) ≈ 0, which is below 1e-4 per day here).
/// </summary>
public class PmSimulationVersusAnalyticsTests
{
    private static readonly PmInstance Base = PmInstance.BaseCase();
    private static readonly PmCostModel Model = new(Base);

    public static TheoryData<string, double, double, double> Points => new()
    {
        { "B", 591, 0, 0 },
        { "TR", 478, 461, 0 },
        { "DA", 494, 482, 112 },
        { "B", 400, 0, 0 },
        { "TR", 550, 0, 0 },
        { "TR", 420, 395, 0 },
        { "DA", 450, 425, 220 },
    };

    [Theory]
    [MemberData(nameof(Points))]
    public void SimulatedCostRateAndComponentsMatchTheFormulas(string name, double tr, double tb, double tp)
    {
        var policy = PmPolicyNames.Parse(name, "test");
        var decision = new PmDecision(tr, tb, tp);
        var analytic = Model.Evaluate(policy, decision);
        var m = MaintenanceSimulation.Run(PmSimulationMapping.ToConfiguration(Base, policy, decision), new RandomStreams(2026, 0), 80_000);
        Assert.InRange(m.CostRate, analytic.CostRate - 4.5 * m.CostRateStandardError - 1e-4, analytic.CostRate + 4.5 * m.CostRateStandardError + 1e-4);
        var components = new (string Name, double Analytic)[]
        {
            ("printing", analytic.Printing), ("failure", analytic.Failure), ("downtime", analytic.Downtime), ("holding", analytic.Holding),
        };
        foreach (var (c, value) in components)
            Assert.InRange(m.Rates[c], value / analytic.Length - 4.5 * m.RateStandardErrors[c] - 1e-4, value / analytic.Length + 4.5 * m.RateStandardErrors[c] + 1e-4);
        Assert.InRange(m.MeanCycleLength, analytic.Length * 0.99, analytic.Length * 1.01);
    }
}
