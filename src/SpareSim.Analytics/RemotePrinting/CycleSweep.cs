namespace SpareSim.Analytics.RemotePrinting;

/// <summary>
/// One backward pass through a replenishment cycle of the remote-site MDP, n = 1 … L−1 then
/// n = 0, over value rows of a given width: width 1 for numbers, width m + 1 for affine functions
/// c + Σ_j a_j V₀(j) of the m replenishment-state values (column 0 is c). Holds the current policy:
/// <see cref="Improve"/> replaces it by the greedy one, the other passes follow it.
/// </summary>
internal sealed class CycleSweep
{
    private readonly RemoteSiteInstance _x;
    private readonly double _beta;
    private readonly int _n, _cols, _top;

    public CycleSweep(RemoteSiteInstance instance, int maxInventory, double discount)
    {
        _x = instance;
        _beta = discount;
        _n = instance.InstalledBase;
        _cols = _n + 1;
        _top = maxInventory;
        Kernel = new FailureKernel(instance, maxInventory);
        OrderUpTo = new int[Kernel.Rows];
        Actions = new (int, int)[instance.CycleLength][,];
        for (int n = 1; n < instance.CycleLength; n++) Actions[n] = new (int, int)[Kernel.Rows, _cols];
    }

    public FailureKernel Kernel { get; }

    /// <summary>y(I) at n = 0, indexed I + N.</summary>
    public int[] OrderUpTo { get; }

    /// <summary>(e, p) per [n][I + N, P].</summary>
    public (int, int)[][,] Actions { get; }

    /// <summary>Greedy policy for the replenishment values <paramref name="v0"/>; true if any decision changed.</summary>
    public bool Improve(double[] v0, bool keepTies)
    {
        bool changed = false;
        double[] next = Terminal(v0, 1);
        for (int n = 1; n < _x.CycleLength; n++)
        {
            var post = Continuation(next, 1);
            next = new double[post.Length];
            for (int i = 0; i < Kernel.Rows; i++)
                for (int p = 0; p < _cols; p++)
                {
                    if (!Kernel.IsState(i - _n, p)) continue;
                    var current = Actions[n][i, p];
                    var (best, bestValue) = (current, keepTies ? ActionValue(post, i - _n, p, current) : double.PositiveInfinity);
                    foreach (var a in Candidates(i - _n))
                    {
                        double value = ActionValue(post, i - _n, p, a);
                        if (value < bestValue - Tolerance(bestValue)) (best, bestValue) = (a, value);
                    }
                    changed |= best != current;
                    Actions[n][i, p] = best;
                    next[Cell(i, p, 1)] = bestValue;
                }
        }
        var g = Continuation(next, 1);
        for (int i = 0; i < Kernel.Rows; i++)
        {
            int inventory = i - _n, current = OrderUpTo[i];
            bool valid = keepTies && current >= Math.Max(inventory, 0);
            var (best, bestValue) = (current, valid ? OrderValue(g, current) : double.PositiveInfinity);
            for (int y = Math.Max(inventory, 0); y <= _top; y++)
            {
                double value = OrderValue(g, y);
                if (value < bestValue - Tolerance(bestValue)) (best, bestValue) = (y, value);
            }
            changed |= best != current;
            OrderUpTo[i] = best;
        }
        return changed;
    }

    /// <summary>Under the current policy: V₀ = c + A V₀ as (c, A).</summary>
    public (double[] Constant, double[,] Transfer) AffineReplenishmentValues()
    {
        int m = Kernel.Rows, w = m + 1;
        var last = FollowPolicy(Terminal(null, w), w)[^1];
        var g = Continuation(last, w);
        var constant = new double[m];
        var transfer = new double[m, m];
        for (int i = 0; i < m; i++)
        {
            int y = OrderUpTo[i], at = Cell(y + _n, 0, w);
            constant[i] = _x.RegularCost * (y - (i - _n)) + _x.HoldingCost * y + g[at];
            for (int j = 0; j < m; j++) transfer[i, j] = g[at + 1 + j];
        }
        return (constant, transfer);
    }

    /// <summary>V(n, I, P) of the current policy for n = 1 … L−1 given its replenishment values.</summary>
    public double[][,] PolicyValues(double[] v0)
    {
        var rows = FollowPolicy(Terminal(v0, 1), 1);
        var values = new double[_x.CycleLength][,];
        for (int n = 1; n < _x.CycleLength; n++)
        {
            values[n] = new double[Kernel.Rows, _cols];
            for (int i = 0; i < Kernel.Rows; i++)
                for (int p = 0; p < _cols; p++)
                    if (Kernel.IsState(i - _n, p)) values[n][i, p] = rows[n][Cell(i, p, 1)];
        }
        return values;
    }

    private double[][] FollowPolicy(double[] terminal, int width)
    {
        var rows = new double[_x.CycleLength][];
        double[] next = terminal;
        for (int n = 1; n < _x.CycleLength; n++)
        {
            var post = Continuation(next, width);
            next = new double[post.Length];
            for (int i = 0; i < Kernel.Rows; i++)
                for (int p = 0; p < _cols; p++)
                {
                    if (!Kernel.IsState(i - _n, p)) continue;
                    var (e, q) = Actions[n][i, p];
                    int after = i - _n + e + q, to = Cell(i, p, width), from = Cell(after + _n, p + q, width);
                    for (int k = 0; k < width; k++) next[to + k] = post[from + k];
                    next[to] += StageCost(after, e, q);
                }
            rows[n] = next;
        }
        rows[0] = next;
        return rows;
    }

    // At n = 1 the printed parts are removed after the period's failures, so the state reached is
    // (0, I − P, 0); printed failures leave I − P unchanged, so the ordinary failure kernel applies
    // to the array F(I, P) = V₀(I − P).
    private double[] Terminal(double[]? v0, int width)
    {
        var terminal = new double[Kernel.Rows * _cols * width];
        for (int i = 0; i < Kernel.Rows; i++)
            for (int p = 0; p < _cols; p++)
            {
                if (!Kernel.IsState(i - _n, p)) continue;
                int at = Cell(i, p, width);
                if (v0 is null) terminal[at + 1 + i - p] = 1;
                else terminal[at] = v0[i - p];
            }
        return terminal;
    }

    private double[] Continuation(double[] next, int width)
    {
        var post = Kernel.Backward(next, width);
        for (int k = 0; k < post.Length; k++) post[k] *= _beta;
        return post;
    }

    private IEnumerable<(int, int)> Candidates(int inventory)
    {
        int shortage = Math.Max(0, -inventory);
        for (int e = 0; e <= (_x.CanExpedite ? shortage : 0); e++)
            for (int p = 0; p <= (_x.CanPrint ? shortage - e : 0); p++)
                yield return (e, p);
    }

    private double ActionValue(double[] post, int inventory, int printed, (int E, int P) a)
    {
        int after = inventory + a.E + a.P;
        return StageCost(after, a.E, a.P) + post[Cell(after + _n, printed + a.P, 1)];
    }

    private double StageCost(int after, int expedited, int printed) =>
        (expedited > 0 ? _x.ExpediteCost * expedited : 0) + (printed > 0 ? _x.PrintCost * printed : 0)
        + _x.HoldingCost * Math.Max(0, after) + _x.BackorderCost * Math.Max(0, -after);

    private double OrderValue(double[] g, int y) => (_x.RegularCost + _x.HoldingCost) * y + g[Cell(y + _n, 0, 1)];

    private int Cell(int i, int p, int width) => (i * _cols + p) * width;

    private static double Tolerance(double value) => double.IsFinite(value) ? 1e-10 * Math.Max(1, Math.Abs(value)) : 0;
}
