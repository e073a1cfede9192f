using ScottPlot;
using SpareSim.Analytics.LifeCycleCost;

namespace SpareSim.Experiments.Studies.LifeCycleCost;

/// <summary>
/// Figures 2.1–2.4, 2.6 and 2.8 of thesis ch. 2 redrawn from the analytics: break-even reliability
/// τ^{A*}(K) and break-even price c_p^{A*}(K) on a grid of K, with the published reference lines and
/// points. The region above a τ curve (below a c_p curve) is where AM has the lower life-cycle cost.
/// </summary>
public static class LifeCycleCostFigures
{
    private const int Points = 241;

    /// <summary>Writes the six PNGs into <paramref name="folder"/>; returns their file names.</summary>
    public static IReadOnlyList<string> SaveAll(string folder, CostConvention main, CostConvention price, double tolerance)
    {
        var files = new List<string>();
        var r = ThesisExamples.Table23Regular;
        var a = ThesisExamples.Table23Additive;

        var fig1 = new BreakEvenAnalysis(r, a, main, tolerance);
        files.Add(Save(folder, "fig2-1-break-even-reliability.png", $"Fig. 2.1: τ^A*(K), Table 2.3 ({main.Name}); K_lim = {fig1.KLim:N0}", "K (€)", "MTBF (months)",
            [("τ^A*(K)", Reliability(fig1, -4e5, 4e5))], [("τ^R = 10", 10)], [("K_lim", fig1.KLim)], [], (0, 50)));

        var t60 = new BreakEvenAnalysis(r with { Horizon = 60 }, a with { Horizon = 60 }, main, tolerance);
        var t240 = new BreakEvenAnalysis(r with { Horizon = 240 }, a with { Horizon = 240 }, main, tolerance);
        files.Add(Save(folder, "fig2-2-horizon.png", $"Fig. 2.2: τ^A*(K) for T = 60 and T = 240 ({main.Name})", "K (€)", "MTBF (months)",
            [("T = 60", Reliability(t60, -3e4, 5e4)), ("T = 240", Reliability(t240, -3e4, 5e4))], [("τ^R = 10", 10)], [],
            [($"K_1(T=60) = {t60.K1:N0}", t60.K1, 10)], null));

        var la15 = new BreakEvenAnalysis(r, a with { LeadTime = 1.5 }, main, tolerance);
        files.Add(Save(folder, "fig2-3-k1-k2.png", $"Fig. 2.3: K_1 and K_2, L^A = 1.5 ({main.Name})", "K (€)", "MTBF (months)",
            [("τ^A*(K)", Reliability(la15, -4e5, 4e5))], [("τ^R = 10", 10), ("τ^R L^A/L^R = 5", 5)], [],
            [($"K_1 = {la15.K1:N0}", la15.K1, 10), ($"K_2 = {la15.K2:N0}", la15.K2, 5)], (0, 50)));

        var fig4Main = new BreakEvenAnalysis(r, a, main, tolerance);
        var fig4Price = new BreakEvenAnalysis(r, a, price, tolerance);
        files.Add(Save(folder, "fig2-4-break-even-price.png", "Fig. 2.4: c_p^A*(K), Table 2.3, τ^A = τ^R = 10", "K (€)", "AM unit cost (€)",
            [(main.Name, Price(fig4Main, -5e4, 2e4)), (price.Name, Price(fig4Price, -5e4, 2e4))], [("c_p^R = 40", 40)], [], [], (-100, 500)));

        var c1 = new BreakEvenAnalysis(ThesisExamples.Case1Regular, ThesisExamples.Case1Additive, price, tolerance);
        var c1Week = new BreakEvenAnalysis(ThesisExamples.Case1Regular, ThesisExamples.Case1Additive with { LeadTime = 0.25 }, price, tolerance);
        var c1Main = new BreakEvenAnalysis(ThesisExamples.Case1Regular, ThesisExamples.Case1Additive, main, tolerance);
        files.Add(Save(folder, "fig2-6-case1.png", "Fig. 2.6: case 1 (valve block), c_p^A*(K)", "K (€)", "AM unit cost (€)",
            [($"L^A = 0.5, {price.Name}", Price(c1, -1e5, 1e5)), ($"L^A = 0.25, {price.Name}", Price(c1Week, -1e5, 1e5)), ($"L^A = 0.5, {main.Name}", Price(c1Main, -1e5, 1e5))],
            [], [], [("AM estimate (10,000; 767)", ThesisExamples.Case1LumpSum, ThesisExamples.Case1AdditivePrice)], (0, 1000)));

        var c2 = new BreakEvenAnalysis(ThesisExamples.Case2Regular, ThesisExamples.Case2Additive, price, tolerance);
        var c2Main = new BreakEvenAnalysis(ThesisExamples.Case2Regular, ThesisExamples.Case2Additive, main, tolerance);
        double k767 = ThesisExamples.Case2Investment - ThesisExamples.FuelBenefit(ThesisExamples.Boeing767Brackets);
        files.Add(Save(folder, "fig2-8-case2.png", "Fig. 2.8: case 2 (aileron bracket, N = 340), c_p^A*(K)", "K (€)", "AM unit cost (€)",
            [(price.Name, Price(c2, -4e5, 1e5)), (main.Name, Price(c2Main, -4e5, 1e5))], [], [],
            [("business jet (30,000; 1000)", ThesisExamples.Case2LumpSum, ThesisExamples.Case2AdditivePrice), ($"Boeing 767 ({k767:N0}; 1000)", k767, ThesisExamples.Case2AdditivePrice)], (0, 2000)));
        return files;
    }

    private static (double[] X, double[] Y) Reliability(BreakEvenAnalysis analysis, double from, double to) =>
        Curve(from, Math.Min(to, analysis.KLim - 1e-3 * Math.Abs(analysis.KLim)), analysis.BreakEvenReliability);

    private static (double[] X, double[] Y) Price(BreakEvenAnalysis analysis, double from, double to) => Curve(from, to, analysis.BreakEvenPrice);

    private static (double[] X, double[] Y) Curve(double from, double to, Func<double, double?> f)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (int i = 0; i < Points; i++)
        {
            double k = from + (to - from) * i / (Points - 1);
            if (f(k) is double y) { xs.Add(k); ys.Add(y); }
        }
        return (xs.ToArray(), ys.ToArray());
    }

    private static string Save(string folder, string file, string title, string xLabel, string yLabel,
        IReadOnlyList<(string Label, (double[] X, double[] Y) Data)> series, IReadOnlyList<(string Label, double Y)> horizontal,
        IReadOnlyList<(string Label, double X)> vertical, IReadOnlyList<(string Label, double X, double Y)> points, (double Min, double Max)? yLimits)
    {
        var plot = new Plot();
        foreach (var (label, (x, y)) in series)
        {
            var s = plot.Add.Scatter(x, y);
            s.MarkerSize = 0;
            s.LineWidth = 2;
            s.LegendText = label;
        }
        foreach (var (label, y) in horizontal)
        {
            var line = plot.Add.HorizontalLine(y);
            line.LinePattern = LinePattern.Dashed;
            line.LegendText = label;
        }
        foreach (var (label, x) in vertical)
        {
            var line = plot.Add.VerticalLine(x);
            line.LinePattern = LinePattern.Dotted;
            line.LegendText = label;
        }
        foreach (var (label, x, y) in points)
        {
            var p = plot.Add.ScatterPoints(new[] { x }, new[] { y });
            p.MarkerSize = 10;
            p.LegendText = label;
        }
        if (yLimits is var (min, max)) plot.Axes.SetLimitsY(min, max);
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        string tmp = Path.Combine(folder, file + ".tmp.png");
        plot.SavePng(tmp, 900, 560);
        File.Move(tmp, Path.Combine(folder, file), overwrite: true);
        return file;
    }
}
