using ScottPlot;
using SpareSim.Analytics.Fitting;

namespace SpareSim.Cli.Fit;

/// <summary>
/// The fit's plots as PNG files (ScottPlot): the Kaplan–Meier CDF against each fitted CDF, and
/// P-P and Q-Q plots of each fit at the failure ages. The fitted laws are taken conditional on
/// survival to the smallest entry age, as the Kaplan–Meier estimate is. Each file is written to a
/// temporary name and renamed.
/// </summary>
internal static class FitPlots
{
    public const string Cdf = "plot-cdf.png";
    public const string PP = "plot-pp.png";
    public const string QQ = "plot-qq.png";

    public static IReadOnlyList<string> Render(string name, LifeData data, KaplanMeier km, IReadOnlyList<FittedLaw> fits, string folder)
    {
        double origin = data.MinimumEntry;
        double top = data.Observations.Max(o => o.Time);
        double[] times = km.Times.ToArray();
        // The empirical probability at a failure age: the middle of its jump, so no point sits at 0 or 1.
        double[] probabilities = new double[times.Length];
        for (int j = 0; j < times.Length; j++) probabilities[j] = 1 - 0.5 * ((j == 0 ? 1 : km.Survival[j - 1]) + km.Survival[j]);

        var cdf = new Plot();
        var empirical = cdf.Add.Scatter(Prepend(origin, times), Prepend(0, km.Survival.Select(s => 1 - s).ToArray()));
        empirical.ConnectStyle = ConnectStyle.StepHorizontal;
        empirical.MarkerSize = 0;
        empirical.LineWidth = 2;
        empirical.LegendText = "Kaplan-Meier";
        double[] grid = Enumerable.Range(0, 201).Select(i => origin + (top - origin) * i / 200.0).ToArray();
        foreach (var fit in fits)
        {
            var line = cdf.Add.Scatter(grid, grid.Select(t => Conditional(fit, origin, t)).ToArray());
            line.MarkerSize = 0;
            line.LegendText = fit.Family.Name;
        }
        Finish(cdf, $"{name}: empirical and fitted CDF", "age", "P(failed by age)");

        var pp = new Plot();
        var qq = new Plot();
        foreach (var fit in fits)
        {
            var p = pp.Add.Scatter(times.Select(t => Conditional(fit, origin, t)).ToArray(), probabilities);
            p.LineWidth = 0;
            p.MarkerSize = 4;
            p.LegendText = fit.Family.Name;
            double start = origin > 0 ? fit.Cdf(origin) : 0;
            var q = qq.Add.Scatter(probabilities.Select(u => fit.Quantile(start + (1 - start) * u)).ToArray(), times);
            q.LineWidth = 0;
            q.MarkerSize = 4;
            q.LegendText = fit.Family.Name;
        }
        pp.Add.Line(0, 0, 1, 1);
        Finish(pp, $"{name}: P-P plot", "fitted probability", "Kaplan-Meier probability");
        double qqTop = top;
        qq.Add.Line(origin, origin, qqTop, qqTop);
        Finish(qq, $"{name}: Q-Q plot", "fitted quantile", "failure age");

        return [Save(cdf, folder, Cdf), Save(pp, folder, PP), Save(qq, folder, QQ)];
    }

    private static double Conditional(FittedLaw fit, double origin, double t)
    {
        if (origin <= 0) return fit.Cdf(t);
        double f0 = fit.Cdf(origin);
        return (fit.Cdf(t) - f0) / (1 - f0);
    }

    private static double[] Prepend(double first, double[] rest) => [first, .. rest];

    private static void Finish(Plot plot, string title, string x, string y)
    {
        plot.Title(title);
        plot.XLabel(x);
        plot.YLabel(y);
        plot.ShowLegend();
    }

    private static string Save(Plot plot, string folder, string file)
    {
        string tmp = Path.Combine(folder, file + ".tmp.png");
        plot.SavePng(tmp, 900, 560);
        File.Move(tmp, Path.Combine(folder, file), overwrite: true);
        return file;
    }
}
