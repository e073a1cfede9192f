using SpareSim.Analytics.PreventiveMaintenance;

namespace SpareSim.Analytics.Tests.PreventiveMaintenance;

public class PmCostModelTests
{
    private static readonly PmInstance Base = PmInstance.BaseCase();
    private static readonly PmCostModel Model = new(Base);
    private static readonly SourceFormulas Source = new(600, 160, 5, Base);

    [Theory]
    [InlineData(591)]
    [InlineData(300.5)]
    [InlineData(800)]
    public void BenchmarkMatchesTheSourceFormula(double tr) =>
        Assert.Equal(Source.RateB(tr), Model.CostRate(PmPolicy.Benchmark, new PmDecision(tr)), 1e-8);

    [Theory]
    [InlineData(478, 461)]
    [InlineData(478, 0)]
    [InlineData(400.3, 390.7)]
    [InlineData(550, 0)]
    public void TemporaryReplacementMatchesTheSourceFormula(double tr, double tb) =>
        Assert.Equal(Source.RateTr(tr, tb), Model.CostRate(PmPolicy.TemporaryReplacement, new PmDecision(tr, tb)), 1e-8);

    [Theory]
    [InlineData(494, 482, 112)]
    [InlineData(494, 465, 200)]
    [InlineData(420.5, 410.2, 60.3)]
    public void DoubleAgeBasedMatchesTheSourceDoubleIntegrals(double tr, double tb, double tp) =>
        Assert.Equal(Source.RateDa(tr, tb, tp), Model.CostRate(PmPolicy.DoubleAgeBased, new PmDecision(tr, tb, tp)), 1e-8);

    [Fact]
    public void DoubleAgeWithoutPrintingIsTemporaryReplacementWithoutPrinting()
    {
        // Spec A.5: with t_b = 0, DA and TR are the same policy (different code paths here).
        foreach (double tr in new[] { 200.0, 478, 590 })
            Assert.Equal(Model.CostRate(PmPolicy.TemporaryReplacement, new PmDecision(tr)), Model.CostRate(PmPolicy.DoubleAgeBased, new PmDecision(tr, 0, 90)), 1e-12);
    }

    [Fact]
    public void ContinuousAtTheStartOfThePrintingRange()
    {
        // t_b just below and at t_r − L_r: the extension below the source's range joins its formula.
        foreach (var p in new[] { PmPolicy.TemporaryReplacement, PmPolicy.DoubleAgeBased })
            Assert.Equal(Model.CostRate(p, new PmDecision(494, 464, 112)), Model.CostRate(p, new PmDecision(494, 464 - 1e-7, 112)), 1e-6);
    }

    [Fact]
    public void ExponentialLifetimesGiveTheBenchmarkClosedForm()
    {
        // β = 1 (rate λ = 1/α): g_B(t) = [c_r + c_m + c_f(1 − e^{−λt}) + h(e^{−λL} − e^{−λt})/λ] / [(1 − e^{−λt})/λ].
        var i = PmInstance.Create(400, 100, 1, 30, 1, 1200, 600, 200, 400, 50, 0.66);
        var model = new PmCostModel(i);
        double lambda = 1 / 400.0;
        foreach (double t in new[] { 30.0, 250, 777.7 })
        {
            double closed = (1400 + 400 * (1 - Math.Exp(-lambda * t)) + 0.66 * (Math.Exp(-lambda * 30) - Math.Exp(-lambda * t)) / lambda)
                            / ((1 - Math.Exp(-lambda * t)) / lambda);
            Assert.Equal(closed, model.CostRate(PmPolicy.Benchmark, new PmDecision(t)), 1e-9);
        }
    }

    [Fact]
    public void TemporaryReplacementTendsToBenchmarkWithoutHoldingAsTheLeadTimeVanishes()
    {
        // L_r → 0: JIT ordering costs no downtime and B holds nothing, so g_TR(t_r, 0) → g_B(t_r) with h = 0.
        var i = PmInstance.Create(600, 160, 5, 1e-3, 1e-4, 1200, 600, 200, 400, 50, 0);
        var model = new PmCostModel(i);
        // The gap is the downtime b·L_r·F_r(t_r) per cycle, first order in L_r: bounded by b·L_r/ECL.
        foreach (double t in new[] { 300.0, 591 })
            Assert.Equal(model.CostRate(PmPolicy.Benchmark, new PmDecision(t)), model.CostRate(PmPolicy.TemporaryReplacement, new PmDecision(t)), 50 * 1e-3 / model.Regular.At(t));
    }

    [Fact]
    public void OutOfDomainDecisionsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => Model.Evaluate(PmPolicy.Benchmark, new PmDecision(20)));
        Assert.Throws<ArgumentException>(() => Model.Evaluate(PmPolicy.TemporaryReplacement, new PmDecision(478, 477.5)));
        Assert.Throws<ArgumentException>(() => Model.Evaluate(PmPolicy.DoubleAgeBased, new PmDecision(494, 482, 10)));
    }
}
