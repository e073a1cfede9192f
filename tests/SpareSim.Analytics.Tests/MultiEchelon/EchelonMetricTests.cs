using System.Globalization;
using SpareSim.Analytics.MultiEchelon;

namespace SpareSim.Analytics.Tests.MultiEchelon;

public class EchelonMetricTests
{
    // Spec §5.2: s0 = s1 = s2 = s, EBO_sys for s = 0…5, printed to 3 decimals.
    public static TheoryData<int, string, double, double, double, string> Vectors => new()
    {
        { 162, "B", 10, 1, 0, "2.858 0.957 0.241 0.051 0.009 0.001" },
        { 162, "C", 10, 0.5, 0.9, "2.355 0.711 0.166 0.032 0.005 0.001" },
        { 162, "D", 10, 0.5, 0.9, "1.964 0.484 0.090 0.014 0.002 0.000" },
        { 162, "C", 10, 1, 0.9, "2.858 0.957 0.241 0.051 0.009 0.001" },
        { 162, "D", 10, 1, 0.9, "2.858 0.957 0.241 0.051 0.009 0.001" },
        { 162, "C", 10, 2, 0.9, "3.864 1.653 0.578 0.191 0.061 0.018" },
        { 162, "D", 10, 2, 0.9, "4.645 2.215 0.830 0.258 0.069 0.016" },
        { 162, "B", 75, 1, 0, "21.431 18.433 15.449 12.517 9.714 7.155" },
        { 162, "C", 75, 0.5, 0.9, "17.659 14.671 11.746 8.984 6.522 4.478" },
        { 162, "D", 75, 0.5, 0.9, "14.728 11.752 8.886 6.284 4.114 2.486" },
        { 162, "C", 75, 2, 0.9, "28.977 25.978 22.987 20.024 17.130 14.365" },
        { 162, "D", 75, 2, 0.9, "34.839 31.839 28.839 25.840 22.846 19.865" },
        { 164, "B", 10, 1, 0, "3.099 1.113 0.330 0.099 0.029 0.008" },
        { 164, "C", 10, 0.5, 0.9, "2.279 0.617 0.126 0.022 0.003 0.000" },
        { 164, "D", 10, 0.5, 0.9, "2.327 0.675 0.166 0.041 0.010 0.002" },
        { 164, "C", 10, 2, 0.9, "4.738 2.422 1.116 0.540 0.269 0.126" },
        { 164, "D", 10, 2, 0.9, "4.642 2.216 0.869 0.329 0.126 0.046" },
    };

    private static EchelonMetricResult Eval(int item, string scenario, double m, double rt, double phi, params int[] stocks) =>
        EchelonMetric.Evaluate(AbidarNetworks.Build(AbidarItem.ByCode(item), AbidarNetworks.ParseScenario(scenario), m, rt, phi), stocks);

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Spec52SystemBackorders(int item, string scenario, double m, double rt, double phi, string expected)
    {
        var values = expected.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        for (int s = 0; s <= 5; s++)
            Assert.Equal(values[s], Math.Round(Eval(item, scenario, m, rt, phi, s, s, s).SystemBackorders, 3, MidpointRounding.AwayFromZero), 1e-9);
    }

    [Fact]
    public void Spec37MetricColumnsPerSite()
    {
        // Spec 3.7(a) METRIC own / BO1 / BO2 for 162, m = 10.
        var b = Eval(162, "B", 10, 1, 0, 2, 1, 1);
        Assert.Equal(0.081, b.Central.CustomerBackorders, 0.0005);
        Assert.Equal(0.362, b.Regions[0].Backorders, 0.0005);
        Assert.Equal(0.252, b.Regions[1].Backorders, 0.0005);
        var d = Eval(162, "D", 10, 0.5, 0.9, 1, 1, 1);
        Assert.Equal(0.154, d.Central.CustomerBackorders, 0.0005);
        Assert.Equal(0.227, d.Regions[0].Backorders, 0.0005);
        Assert.Equal(0.103, d.Regions[1].Backorders, 0.0005);
    }

    [Fact]
    public void AmEqualCpMakesScenariosIdenticalForAnyStockVector()
    {
        foreach (var item in AbidarItem.All)
            foreach (double phi in new[] { 0.1, 0.5, 0.9 })
                for (int s0 = 0; s0 <= 4; s0++)
                    for (int s1 = 0; s1 <= 3; s1++)
                        foreach (var method in new[] { PipelineApproximation.Metric, PipelineApproximation.VariMetric })
                        {
                            int[] stocks = [s0, s1, 5 - s1];
                            double Sys(AbidarScenario sc) => EchelonMetric.Evaluate(AbidarNetworks.Build(item, sc, 75, 1, phi), stocks, method).SystemBackorders;
                            Assert.Equal(Sys(AbidarScenario.Baseline), Sys(AbidarScenario.Centralized), 1e-9);
                            Assert.Equal(Sys(AbidarScenario.Baseline), Sys(AbidarScenario.Decentralized), 1e-9);
                        }
    }

    [Fact]
    public void StockZeroSystemBackordersEqualCustomerPipelines()
    {
        // s = 0: W0 = ν0, so EBO_sys = λ0ν0 + μ1 + μ2 (162/10: 0.6575 + 1.3370 + 0.8630).
        var r = Eval(162, "B", 10, 1, 0, 0, 0, 0);
        Assert.Equal(0.065753, r.Central.Wait, 1e-12);
        Assert.Equal(r.Central.CustomerBackorders + r.Regions[0].PipelineMean + r.Regions[1].PipelineMean, r.SystemBackorders, 1e-12);
        Assert.Equal(0.0, r.Regions[0].FillRate);
        Assert.True(r.Regions[0].PipelineVariance >= r.Regions[0].PipelineMean - 1e-12);
    }

    [Fact]
    public void VariMetricEqualsMetricWhenTheCmcIsNeverShortOrNotUsed()
    {
        // Large s0: no CMC backorders, the RMC pipelines are exactly Poisson and both methods agree.
        var metric = Eval(163, "B", 10, 1, 0, 40, 2, 3);
        var vari = EchelonMetric.Evaluate(AbidarNetworks.Build(AbidarItem.Item163, AbidarScenario.Baseline, 10, 1, 0), [40, 2, 3], PipelineApproximation.VariMetric);
        Assert.Equal(metric.SystemBackorders, vari.SystemBackorders, 1e-12);
        // ρ = 1 everywhere: every site is an M/G/inf pipeline, both methods give Palm's exact EBO.
        var local = new EchelonNetwork(new CentralSite("CMC", 5, 0.2, 0.1, 0.5, 0), [new RegionalSite("R", 8, 1, 0.5, 0.25, 0.4, 0.1)]);
        foreach (var method in new[] { PipelineApproximation.Metric, PipelineApproximation.VariMetric })
        {
            var r = EchelonMetric.Evaluate(local, [1, 2], method);
            Assert.Equal(PoissonPipeline.ExpectedBackorders(1, 5 * (0.5 * 0.2 + 0.5 * 0.1)), r.Central.CustomerBackorders, 1e-12);
            Assert.Equal(PoissonPipeline.ExpectedBackorders(2, 8 * (0.6 * 0.5 + 0.4 * 0.25)), r.Regions[0].Backorders, 1e-12);
        }
    }

    [Fact]
    public void VariMetricAddsTheCmcDelayVariance()
    {
        // CMC stock near its pipeline mean (10.36): Var[BO0] > E[BO0], the RMC pipelines are
        // over-dispersed by f²(VBO0 − EBO0) and VARI-METRIC gives more backorders at the RMCs.
        var network = AbidarNetworks.Build(AbidarItem.Item163, AbidarScenario.Baseline, 75, 1, 0);
        var metric = EchelonMetric.Evaluate(network, [9, 8, 5]);
        var vari = EchelonMetric.Evaluate(network, [9, 8, 5], PipelineApproximation.VariMetric);
        Assert.True(metric.Central.BackorderVariance > metric.Central.Backorders);
        Assert.Equal(metric.Central.Backorders, vari.Central.Backorders, 1e-12);
        for (int j = 0; j < 2; j++)
        {
            Assert.Equal(metric.Regions[j].PipelineMean, vari.Regions[j].PipelineMean, 1e-12);
            Assert.True(vari.Regions[j].PipelineVariance > 1.001 * vari.Regions[j].PipelineMean, $"{vari.Regions[j].PipelineVariance} vs {vari.Regions[j].PipelineMean}");
            Assert.True(vari.Regions[j].Backorders > metric.Regions[j].Backorders);
        }
        // The excess grows with the CMC's share of the variance: 164 at m = 150 (μ0 = 27.3, s0 = 27),
        // RMC1 sends 120 of the 285 requests a year: variance 12% above the mean.
        var big = EchelonMetric.Evaluate(AbidarNetworks.Build(AbidarItem.Item164, AbidarScenario.Baseline, 150, 1, 0), [27, 10, 5], PipelineApproximation.VariMetric);
        Assert.InRange(big.Regions[0].PipelineVariance / big.Regions[0].PipelineMean, 1.08, 1.2);
    }

    [Fact]
    public void BadInputIsRejectedWithTheSiteName()
    {
        var network = AbidarNetworks.Build(AbidarItem.Item162, AbidarScenario.Baseline, 10, 1, 0);
        Assert.Contains("expected 3 stock levels", Assert.Throws<ArgumentException>(() => EchelonMetric.Evaluate(network, [1, 1])).Message);
        Assert.Contains("RMC2", Assert.Throws<ArgumentException>(() => EchelonMetric.Evaluate(network, [1, 1, -1])).Message);
        Assert.Contains("R: local repair probability", Assert.Throws<ArgumentException>(() =>
            new EchelonNetwork(new CentralSite("CMC", 1, 1, 1, 0, 0), [new RegionalSite("R", 1, 1.5, 1, 1, 0, 1)])).Message);
        Assert.Contains("unique", Assert.Throws<ArgumentException>(() =>
            new EchelonNetwork(new CentralSite("X", 1, 1, 1, 0, 0), [new RegionalSite("x", 1, 0.5, 1, 1, 0, 1)])).Message);
        Assert.Throws<ArgumentException>(() => AbidarNetworks.ParseScenario("E"));
    }
}
