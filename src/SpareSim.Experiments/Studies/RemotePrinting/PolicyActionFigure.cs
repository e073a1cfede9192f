using ScottPlot;
using SpareSim.Analytics.RemotePrinting;

namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>
/// The optimal action by day of the cycle and state, as in Fig. 3.3 (and Fig. 3.6 with
/// expediting) of the chapter, drawn from the full MDP solution: rows are states (I, P), columns
/// periods remaining n = L−1 … 0; at n = 0 the cell gives the replenishment quantity (printed
/// parts are removed first, so (I, P) orders up to S from I − P).
/// </summary>
public static class PolicyActionFigure
{
    private static readonly Color PrintColor = Color.FromHex("#4c9be8"), ExpediteColor = Color.FromHex("#e8844c"),
        ReplenishColor = Color.FromHex("#7bc67b"), WaitColor = Color.FromHex("#eeeeee");

    /// <summary>The chapter's state rows, top to bottom.</summary>
    public static IReadOnlyList<(int I, int P)> States(int installedBase)
    {
        var states = new List<(int, int)>();
        for (int i = 2; i >= -installedBase; i--)
            for (int p = 0; p <= (i > 0 ? 0 : installedBase + i); p++)
                states.Add((i, p));
        return states;
    }

    /// <summary>The cell text of state (I, P) at period n.</summary>
    public static string Cell(RemoteSiteMdpSolution mdp, int n, int inventory, int printed)
    {
        ArgumentNullException.ThrowIfNull(mdp);
        if (n == 0)
        {
            int net = inventory - printed;
            return $"R{mdp.OrderUpTo(net) - net}";
        }
        var (e, p) = mdp.Action(n, inventory, printed);
        return e > 0 ? $"E{e}" : p > 0 ? $"P{p}" : "-";
    }

    /// <summary>Saves the figure as a PNG.</summary>
    public static void Save(string path, RemoteSiteMdpSolution mdp, string title)
    {
        ArgumentNullException.ThrowIfNull(mdp);
        var states = States(mdp.Instance.InstalledBase);
        int l = mdp.Instance.CycleLength;
        var plot = new Plot();
        for (int row = 0; row < states.Count; row++)
        {
            var (i, p) = states[row];
            for (int n = l - 1; n >= 0; n--)
            {
                string text = Cell(mdp, n, i, p);
                double x = l - 1 - n, y = states.Count - 1 - row;
                var rect = plot.Add.Rectangle(x, x + 0.95, y, y + 0.9);
                rect.FillColor = text[0] switch { 'R' => ReplenishColor, 'P' => PrintColor, 'E' => ExpediteColor, _ => WaitColor };
                rect.LineWidth = 0;
                if (text != "-")
                {
                    var label = plot.Add.Text(text, x + 0.475, y + 0.45);
                    label.LabelAlignment = Alignment.MiddleCenter;
                    label.LabelFontSize = 11;
                }
            }
        }
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, l).Select(k => k + 0.475).ToArray(), Enumerable.Range(0, l).Select(k => (l - 1 - k).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Left.SetTicks(Enumerable.Range(0, states.Count).Select(k => k + 0.45).ToArray(),
            Enumerable.Range(0, states.Count).Select(k => $"({states[states.Count - 1 - k].I},{states[states.Count - 1 - k].P})").ToArray());
        plot.Axes.SetLimits(-0.2, l + 3.2, -0.2, states.Count + 0.1);
        plot.XLabel("periods remaining in the cycle, n");
        plot.YLabel("state (I, P)");
        plot.Title(title);
        foreach (var (label, color) in new[] { ("Replenish r", ReplenishColor), ("Print p", PrintColor), ("Expedite e", ExpediteColor), ("No action", WaitColor) })
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = color });
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 1000, 640);
    }
}
