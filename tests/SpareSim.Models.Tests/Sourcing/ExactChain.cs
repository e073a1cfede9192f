using SpareSim.Models.Controllers;
using SpareSim.Models.InstalledBases;

namespace SpareSim.Models.Tests.Sourcing;

/// <summary>
/// An independent exact evaluation for the tests: the continuous-time Markov chain of the
/// (nC, nA, rC, rA, sC, sA) state under exponential lifetimes and lead times and a given
/// controller, enumerated from the initial state, solved densely. Long-run cost by component.
/// </summary>
internal sealed record ExactChain(double Purchase, double Maintenance, double Holding, double Backorder, double Savings, double FillRate)
{
    public double Total => Purchase + Maintenance + Holding + Backorder - Savings;

    public static ExactChain Solve(int k, InventoryState initial, double lambdaC, double lambdaA, double muC, double muA,
        double cC, double cA, double m, double kappa, double b, double oA, ISourcingController controller)
    {
        var index = new Dictionary<InventoryState, int>();
        var states = new List<InventoryState>();
        var transitions = new List<(int From, InventoryState To, double Rate)>();
        var queue = new Queue<InventoryState>();
        index[initial] = 0;
        states.Add(initial);
        queue.Enqueue(initial);
        while (queue.Count > 0)
        {
            var s = queue.Dequeue();
            int i = index[s];
            foreach (var (to, rate) in Successors(k, s, lambdaC, lambdaA, muC, muA, controller))
            {
                transitions.Add((i, to, rate));
                if (!index.ContainsKey(to))
                {
                    index[to] = states.Count;
                    states.Add(to);
                    queue.Enqueue(to);
                }
            }
        }
        int n = states.Count;
        // Balance equations p Q = 0 as Q^T p = 0, the last one replaced by normalization.
        var a = new double[n, n + 1];
        foreach (var (from, to, rate) in transitions)
        {
            int j = index[to];
            a[j, from] += rate;
            a[from, from] -= rate;
        }
        for (int c = 0; c < n; c++) a[n - 1, c] = 1;
        a[n - 1, n] = 1;
        var p = GaussianElimination(a, n);

        double purchase = 0, maintenance = 0, holding = 0, backorder = 0, savings = 0, failures = 0, served = 0;
        for (int i = 0; i < n; i++)
        {
            var s = states[i];
            purchase += p[i] * (muC * cC * s.PipelineCm + muA * cA * s.PipelineAm);
            double failureRate = lambdaC * s.InstalledCm + lambdaA * s.InstalledAm;
            maintenance += p[i] * m * failureRate;
            holding += p[i] * kappa * (cC * s.StockCm + cA * s.StockAm);
            backorder += p[i] * b * (k - s.Installed);
            savings += p[i] * oA * s.InstalledAm;
            failures += p[i] * failureRate;
            if (s.Stock > 0) served += p[i] * failureRate;
        }
        return new ExactChain(purchase, maintenance, holding, backorder, savings, served / failures);
    }

    private static IEnumerable<(InventoryState, double)> Successors(int k, InventoryState s, double lambdaC, double lambdaA,
        double muC, double muA, ISourcingController controller)
    {
        if (s.InstalledCm > 0) yield return (AfterFailure(s, PartVersion.Cm, controller), lambdaC * s.InstalledCm);
        if (s.InstalledAm > 0) yield return (AfterFailure(s, PartVersion.Am, controller), lambdaA * s.InstalledAm);
        bool down = s.Installed < k;
        if (s.PipelineCm > 0)
            yield return (down ? s with { PipelineCm = s.PipelineCm - 1, InstalledCm = s.InstalledCm + 1 }
                               : s with { PipelineCm = s.PipelineCm - 1, StockCm = s.StockCm + 1 }, muC * s.PipelineCm);
        if (s.PipelineAm > 0)
            yield return (down ? s with { PipelineAm = s.PipelineAm - 1, InstalledAm = s.InstalledAm + 1 }
                               : s with { PipelineAm = s.PipelineAm - 1, StockAm = s.StockAm + 1 }, muA * s.PipelineAm);
    }

    private static InventoryState AfterFailure(InventoryState s, PartVersion failed, ISourcingController controller)
    {
        var d = controller.OnFailure(s, failed);
        var t = failed == PartVersion.Cm ? s with { InstalledCm = s.InstalledCm - 1 } : s with { InstalledAm = s.InstalledAm - 1 };
        t = d.Order == PartVersion.Cm ? t with { PipelineCm = t.PipelineCm + 1 } : t with { PipelineAm = t.PipelineAm + 1 };
        bool takeCm = t.StockCm > 0 && (d.Install == PartVersion.Cm || t.StockAm == 0);
        if (takeCm) return t with { StockCm = t.StockCm - 1, InstalledCm = t.InstalledCm + 1 };
        if (t.StockAm > 0) return t with { StockAm = t.StockAm - 1, InstalledAm = t.InstalledAm + 1 };
        return t;
    }

    private static double[] GaussianElimination(double[,] a, int n)
    {
        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col])) pivot = r;
            if (pivot != col)
                for (int c = 0; c <= n; c++) (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
            for (int r = 0; r < n; r++)
            {
                if (r == col || a[r, col] == 0) continue;
                double f = a[r, col] / a[col, col];
                for (int c = col; c <= n; c++) a[r, c] -= f * a[col, c];
            }
        }
        var x = new double[n];
        for (int i = 0; i < n; i++) x[i] = a[i, n] / a[i, i];
        return x;
    }
}
