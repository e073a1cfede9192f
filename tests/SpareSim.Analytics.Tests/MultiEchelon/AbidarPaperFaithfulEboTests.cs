using System.Globalization;
using SpareSim.Analytics.MultiEchelon;
using Xunit.Abstractions;

namespace SpareSim.Analytics.Tests.MultiEchelon;

public class AbidarPaperFaithfulEboTests(ITestOutputHelper output)
{
    private static AbidarPaperFaithfulResult Eval(int item, AbidarScenario sc, double m, double rt, double phi, int s) =>
        AbidarPaperFaithfulEbo.Evaluate(AbidarItem.ByCode(item), sc, m, rt, phi, s);

    private static void Near(double expected, double actual) => Assert.Equal(expected, actual, 6e-6 * Math.Max(1, Math.Abs(expected)));

    [Fact]
    public void Spec51BaselineIntermediates()
    {
        var r = Eval(162, AbidarScenario.Baseline, 10, 0.5, 0.1, 1);
        Near(17, r.CpRate); Near(1.117801, r.CpPipeline); Near(0.444799, r.CpBackorders); Near(0.026165, r.CpDelay);
        Near(1.099458, r.Rmc1Pipeline); Near(0.823425, r.Rmc2Pipeline); Near(3.040684, r.TotalPipeline); Near(2.088486, r.Ebo);
    }

    [Fact]
    public void Spec51CentralizedIntermediates()
    {
        var r = Eval(162, AbidarScenario.Centralized, 10, 0.5, 0.9, 1);
        Near(1.7, r.CpRate); Near(15.3, r.AmRate); Near(0.11178, r.CpPipeline); Near(0.50301, r.AmPipeline);
        Near(0.006021, r.CpBackorders); Near(0.107718, r.AmBackorders); Near(0.003542, r.CpDelay); Near(0.00704, r.AmDelay);
        Near(0.982613, r.Rmc1Pipeline); Near(0.803951, r.Rmc2Pipeline); Near(2.401354, r.TotalPipeline); Near(1.491949, r.Ebo);

        var big = Eval(164, AbidarScenario.Centralized, 150, 2, 0.9, 3);
        Near(28.5, big.CpRate); Near(256.5, big.AmRate); Near(2.732865, big.CpPipeline); Near(49.19157, big.AmPipeline);
        Near(0.526264, big.CpBackorders); Near(46.19157, big.AmBackorders); Near(0.018465, big.CpDelay); Near(0.180084, big.AmDelay);
        Near(29.451537, big.Rmc1Pipeline); Near(11.828703, big.Rmc2Pipeline); Near(93.204675, big.TotalPipeline); Near(90.204675, big.Ebo);
    }

    [Fact]
    public void Spec51DecentralizedIntermediates()
    {
        var r = Eval(162, AbidarScenario.Decentralized, 10, 0.5, 0.9, 1);
        Near(8.0, r.CpRate); Near(9.0, r.AmRate); Near(0.526024, r.CpPipeline); Near(0.295888, r.AmPipeline);
        Near(0.116974, r.CpBackorders); Near(0.014622, r.CpDelay);
        Near(0.754035, r.Rmc1Pipeline); Near(0.490101, r.Rmc2Pipeline); Near(2.066049, r.TotalPipeline); Near(1.192734, r.Ebo);

        var d = Eval(163, AbidarScenario.Decentralized, 75, 1, 0.9, 2);
        Near(67.5, d.CpRate); Near(67.5, d.AmRate); Near(5.17806, d.CpPipeline); Near(5.17806, d.AmPipeline);
        Near(3.218537, d.CpBackorders); Near(0.047682, d.CpDelay);
        Near(9.017034, d.Rmc1Pipeline); Near(7.63158, d.Rmc2Pipeline); Near(27.004734, d.TotalPipeline); Near(25.004734, d.Ebo);
    }

    [Fact]
    public void Spec19CostsAtStockZero()
    {
        Assert.Equal(1327, Math.Round(Eval(162, AbidarScenario.Baseline, 10, 1, 0, 0).Cost));
        Assert.Equal(114986, Math.Round(Eval(163, AbidarScenario.Baseline, 75, 1, 0, 0).Cost));
        Assert.Equal(267410, Math.Round(Eval(164, AbidarScenario.Baseline, 150, 1, 0, 0).Cost));
    }

    [Fact]
    public void AllAppendixCValuesMatchToPrintedTwoDecimals()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "MultiEchelon", "appendix-c.csv");
        var lines = File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).ToList();
        Assert.Equal(171, lines.Count);
        int total = 0, matched = 0;
        var misses = new List<string>();
        foreach (var line in lines)
        {
            var c = line.Split(',');
            int item = int.Parse(c[1], CultureInfo.InvariantCulture);
            var sc = c[2] switch { "B" => AbidarScenario.Baseline, "C" => AbidarScenario.Centralized, _ => AbidarScenario.Decentralized };
            double m = double.Parse(c[3], CultureInfo.InvariantCulture);
            double rt = double.Parse(c[4], CultureInfo.InvariantCulture);
            double phi = double.Parse(c[5], CultureInfo.InvariantCulture);
            for (int s = 0; s <= 5; s++)
            {
                decimal printed = decimal.Parse(c[6 + s], CultureInfo.InvariantCulture);
                double ebo = Eval(item, sc, m, rt, phi, s).Ebo;
                decimal computed = Math.Round((decimal)ebo, 2, MidpointRounding.AwayFromZero);
                total++;
                if (computed == printed) matched++;
                else misses.Add($"L{c[0]} s={s}: printed {printed}, computed {ebo:F6}");
            }
        }
        output.WriteLine($"Appendix C: {matched}/{total} values reproduced to 2 decimals");
        Assert.True(misses.Count == 0, $"{matched}/{total} matched; misses:\n" + string.Join("\n", misses));
        Assert.Equal(1026, total);
    }

    [Fact]
    public void RegressionCoincidences()
    {
        // §2.6: L691 (163, C, rt 1, φ 0.5) equals L701 (163, D, rt 1, φ 0.9) for m = 75.
        for (int s = 0; s <= 5; s++)
            Assert.Equal(Eval(163, AbidarScenario.Centralized, 75, 1, 0.5, s).Ebo, Eval(163, AbidarScenario.Decentralized, 75, 1, 0.9, s).Ebo, 1e-9);
        // C at rt = 1 is symmetric in φ ↔ 1 − φ.
        for (int s = 0; s <= 5; s++)
            Assert.Equal(Eval(162, AbidarScenario.Centralized, 10, 1, 0.1, s).Ebo, Eval(162, AbidarScenario.Centralized, 10, 1, 0.9, s).Ebo, 1e-9);
    }
}
