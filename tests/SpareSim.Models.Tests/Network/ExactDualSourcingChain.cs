namespace SpareSim.Models.Tests.Network;

/// <summary>A state (nC, nA, rC, rA, sC, sA) of the dual-sourcing chain: installed, in resupply and on hand per version.</summary>
internal readonly record struct ChainState(int InstalledCm, int InstalledAm, int PipelineCm, int PipelineAm, int StockCm, int StockAm)
{
    public int Installed => InstalledCm + InstalledAm;

    public int Stock => StockCm + StockAm;
}

/// <summary>What a rule decides at a failure, from the state just before it: the version to install from stock first, and the version to order.</summary>
internal readonly record struct ChainDecision(bool InstallAm, bool OrderAm);

/// <summary>
/// An independent exact evaluation for the network tests: the continuous-time Markov chain of one
/// stock point with k renewal units, a CM and an AM supplier with exponential lead times and
/// exponential lifetimes, under a given decision rule; enumerated from the initial state and
/// solved densely. Long-run cost by component and the fill rate.
/// </summary>
internal sealed record ExactDualSourcingChain(double Purchase, double Maintenance, double Holding, double Downtime, double Savings, double FillRate)
{
    public double Total => Purchase + Maintenance + Holding + Downtime - Savings;

    public static ExactDualSourcingChain Solve(int k, ChainState initial, double lambdaC, double lambdaA, double muC, double muA,
        double cC, double cA, double m, double kappa, double b, double oA, Func<ChainState, ChainDecision> rule)
    {
        var index = new Dictionary<ChainState, int> { [initial] = 0 };
        var states = new List<ChainState> { initial };
        var transitions = new List<(int From, ChainState To, double Rate)>();
        var queue = new Queue<ChainState>([initial]);
        while (queue.Count > 0)
        {
            var s = queue.Dequeue();
            int i = index[s];
            foreach (var (to, rate) in Successors(k, s, lambdaC, lambdaA, muC, muA, rule))
            {
                transitions.Add((i, to, rate));
                if (index.TryAdd(to, states.Count))
                {
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
            a[index[to], from] += rate;
            a[from, from] -= rate;
        }
        for (int c = 0; c < n; c++) a[n - 1, c] = 1;
        a[n - 1, n] = 1;
        var p = GaussianElimination(a, n);

        double purchase = 0, maintenance = 0, holding = 0, downtime = 0, savings = 0, failures = 0, served = 0;
        for (int i = 0; i < n; i++)
        {
            var s = states[i];
            purchase += p[i] * (muC * cC * s.PipelineCm + muA * cA * s.PipelineAm);
            double failureRate = lambdaC * s.InstalledCm + lambdaA * s.InstalledAm;
            maintenance += p[i] * m * failureRate;
            holding += p[i] * kappa * (cC * s.StockCm + cA * s.StockAm);
            downtime += p[i] * b * (k - s.Installed);
            savings += p[i] * oA * s.InstalledAm;
            failures += p[i] * failureRate;
            if (s.Stock > 0) served += p[i] * failureRate;
        }
        return new ExactDualSourcingChain(purchase, maintenance, holding, downtime, savings, served / failures);
    }

    private static IEnumerable<(ChainState, double)> Successors(int k, ChainState s, double lambdaC, double lambdaA, double muC, double muA,
        Func<ChainState, ChainDecision> rule)
    {
        if (s.InstalledCm > 0) yield return (AfterFailure(s with { InstalledCm = s.InstalledCm - 1 }, rule(s)), lambdaC * s.InstalledCm);
        if (s.InstalledAm > 0) yield return (AfterFailure(s with { InstalledAm = s.InstalledAm - 1 }, rule(s)), lambdaA * s.InstalledAm);
        bool down = s.Installed < k;
        // An arrival goes straight into a waiting system (first come, first served), else on the shelf.
        if (s.PipelineCm > 0)
            yield return (down ? s with { PipelineCm = s.PipelineCm - 1, InstalledCm = s.InstalledCm + 1 }
                               : s with { PipelineCm = s.PipelineCm - 1, StockCm = s.StockCm + 1 }, muC * s.PipelineCm);
        if (s.PipelineAm > 0)
            yield return (down ? s with { PipelineAm = s.PipelineAm - 1, InstalledAm = s.InstalledAm + 1 }
                               : s with { PipelineAm = s.PipelineAm - 1, StockAm = s.StockAm + 1 }, muA * s.PipelineAm);
    }

    private static ChainState AfterFailure(ChainState t, ChainDecision d)
    {
        t = d.OrderAm ? t with { PipelineAm = t.PipelineAm + 1 } : t with { PipelineCm = t.PipelineCm + 1 };
        bool takeCm = t.StockCm > 0 && (!d.InstallAm || t.StockAm == 0);
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
