using SpareSim.Analytics.LifeCycleCost;

namespace SpareSim.Analytics.Tests.LifeCycleCost;

public class LifeCycleCostModelTests
{
    public static TheoryData<string> Conventions => ["TEXT", "REPRO", "I0RP"];

    private static CostConvention Of(string name) => name switch
    {
        "TEXT" => CostConvention.Printed, "REPRO" => CostConvention.Reproduction, _ => CostConvention.PrintedWithInitialStock,
    };

    [Theory]
    [MemberData(nameof(Conventions))]
    public void Optimal_stock_is_the_smallest_brute_force_minimiser(string convention)
    {
        var model = new LifeCycleCostModel(Of(convention));
        foreach (var d in new[] { Table23.Regular, Table23.Additive, Table23.Regular with { InstalledBase = 3, LeadTime = 2.9 }, Table23.Regular with { UnitCost = 4000, RepairCost = 8000, EmergencyCost = 128000, Mtbf = 12, InstalledBase = 400 } })
        {
            var costs = Enumerable.Range(0, 400).Select(s => model.Cost(d, s).Total).ToArray();
            double min = costs.Min();
            int argmin = Array.FindIndex(costs, c => c <= min * (1 + 1e-15));
            Assert.Equal(argmin, model.OptimalStock(d));
        }
    }

    [Fact]
    public void Cost_terms_follow_the_printed_formula()
    {
        // C = c_pN + h c_p T S + g NT(c_e − c_d)/τ + NT(c_d + c_p)/τ at S = 50, a = 30 (§2.3).
        var c = new LifeCycleCostModel(CostConvention.Printed).Cost(Table23.Regular, 50);
        double g = ErlangLoss.Probability(50, 30);
        Assert.Equal(4000 + 0.02 * 40 * 180 * 50 + g * 1800 * 600 + 1800 * 240, c.Total, 1e-6);
        var r = new LifeCycleCostModel(CostConvention.Reproduction).Cost(Table23.Regular, 50);
        Assert.Equal(4000 + 40 * 50 + 0.02 * 40 * 180 * 50 + g * 1800 * 600 + 1800 * 200, r.Total, 1e-6);
        Assert.Equal(2000, r.InitialStock);
        Assert.Equal(0, r.ReplacementParts);
    }

    [Fact]
    public void Table_2_3_optimum_matches_the_spec_recomputation()
    {
        // Spec ch2 §2 "Derived values": S^{R*}, g^R, Ĉ^R for TEXT and REPRO; S^{A*} = 15, g^A = 1.573e-4.
        var text = new LifeCycleCostModel(CostConvention.Printed).Optimize(Table23.Regular);
        Assert.Equal(50, text.Stock);
        Assert.Equal(2.209e-4, text.Loss, 7);
        Assert.Equal(443438.62, text.Total, 0.01);
        var repro = new LifeCycleCostModel(CostConvention.Reproduction).Optimize(Table23.Regular);
        Assert.Equal(49, repro.Stock);
        Assert.Equal(3.683e-4, repro.Loss, 7);
        Assert.Equal(373413.79, repro.Total, 0.01);
        var am = new LifeCycleCostModel(CostConvention.Reproduction).Optimize(Table23.Additive);
        Assert.Equal(15, am.Stock);
        Assert.Equal(1.573e-4, am.Loss, 7);
    }

    [Fact]
    public void Printed_optimum_does_not_depend_on_the_horizon_but_reproduction_optimum_does()
    {
        // Lemma 2.3: T cancels from the marginal condition unless a T-independent cost multiplies S (spec §1.8 erratum 12).
        var text = new LifeCycleCostModel(CostConvention.Printed);
        var repro = new LifeCycleCostModel(CostConvention.Reproduction);
        var d = Table23.Regular;
        Assert.All(new[] { 60.0, 120, 240, 2400 }, t => Assert.Equal(text.OptimalStock(d), text.OptimalStock(d with { Horizon = t })));
        Assert.True(repro.OptimalStock(d with { Horizon = 6 }) < repro.OptimalStock(d with { Horizon = 2400 }));
    }

    [Fact]
    public void Bad_designs_are_refused_with_the_parameter_named()
    {
        Assert.Equal("InstalledBase", Assert.Throws<ArgumentOutOfRangeException>(() => Table23.Regular with { InstalledBase = 0 }).ParamName);
        Assert.Equal("Mtbf", Assert.Throws<ArgumentOutOfRangeException>(() => Table23.Regular with { Mtbf = 0 }).ParamName);
        Assert.Equal("UnitCost", Assert.Throws<ArgumentOutOfRangeException>(() => Table23.Regular with { UnitCost = double.NaN }).ParamName);
        Assert.Throws<ArgumentException>(() => new LifeCycleCostModel(CostConvention.Printed).OptimalStock(Table23.Regular with { UnitCost = 0 }));
        Assert.Equal(0, new LifeCycleCostModel(CostConvention.Printed).OptimalStock(Table23.Regular with { EmergencyCost = 200 }));
    }
}
