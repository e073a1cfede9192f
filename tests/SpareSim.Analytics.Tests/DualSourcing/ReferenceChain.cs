using MathNet.Numerics.LinearAlgebra;
using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Analytics.Tests.DualSourcing;

/// <summary>
/// An independent, deliberately plain implementation of the paper's chain for tests: states
/// enumerated by brute force over all 6-tuples, transitions written out from §3.2 / Appendix 2,
/// dense generator, dense solves (MathNet). Shares no code with the solver except the value types.
/// </summary>
internal sealed class ReferenceChain
{
    public ReferenceChain(DualSourcingInstance x, int baseStock)
    {
        X = x; S = baseStock;
        int k = x.InstalledBase, n = k + baseStock;
        var list = new List<DualSourcingState>();
        for (int nC = 0; nC <= n; nC++)
            for (int nA = 0; nC + nA <= n; nA++)
                for (int rC = 0; nC + nA + rC <= n; rC++)
                    for (int rA = 0; nC + nA + rC + rA <= n; rA++)
                        for (int sC = 0; nC + nA + rC + rA + sC <= n; sC++)
                        {
                            int sA = n - nC - nA - rC - rA - sC;
                            if (sC + sA != Math.Max(n - k - rC - rA, 0) || nC + nA > k) continue;
                            list.Add(new DualSourcingState(nC, nA, rC, rA, sC, sA));
                        }
        States = list;
        Index = list.Select((s, i) => (s, i)).ToDictionary(t => t.s, t => t.i);
    }

    public DualSourcingInstance X { get; }
    public int S { get; }
    public IReadOnlyList<DualSourcingState> States { get; }
    public Dictionary<DualSourcingState, int> Index { get; }

    public double Cost(DualSourcingState s) =>
        X.SupplyRateCm * X.PriceCm * s.PipelineCm + X.SupplyRateAm * X.PriceAm * s.PipelineAm
        + X.MaintenanceCost * (X.FailureRateCm * s.InstalledCm + X.FailureRateAm * s.InstalledAm)
        + X.HoldingRate * (X.PriceCm * s.StockCm + X.PriceAm * s.StockAm)
        + X.BackorderCost * (X.InstalledBase - s.InstalledCm - s.InstalledAm)
        - X.OperationalSavingAm * s.InstalledAm;

    /// <summary>(successor, rate) pairs of a state when failures are handled by (installAm, orderAm).</summary>
    public IEnumerable<(DualSourcingState To, double Rate)> Transitions(DualSourcingState s, bool installAm, bool orderAm)
    {
        foreach (bool cmFails in new[] { true, false })
        {
            int count = cmFails ? s.InstalledCm : s.InstalledAm;
            if (count == 0) continue;
            double rate = count * (cmFails ? X.FailureRateCm : X.FailureRateAm);
            var t = cmFails ? s with { InstalledCm = s.InstalledCm - 1 } : s with { InstalledAm = s.InstalledAm - 1 };
            t = orderAm ? t with { PipelineAm = t.PipelineAm + 1 } : t with { PipelineCm = t.PipelineCm + 1 };
            bool useAm = s.StockAm > 0 && (installAm || s.StockCm == 0);
            bool useCm = s.StockCm > 0 && !useAm;
            if (useAm) t = t with { StockAm = t.StockAm - 1, InstalledAm = t.InstalledAm + 1 };
            if (useCm) t = t with { StockCm = t.StockCm - 1, InstalledCm = t.InstalledCm + 1 };
            yield return (t, rate);
        }
        bool down = s.InstalledCm + s.InstalledAm < X.InstalledBase;
        if (s.PipelineCm > 0)
            yield return (down ? s with { PipelineCm = s.PipelineCm - 1, InstalledCm = s.InstalledCm + 1 } : s with { PipelineCm = s.PipelineCm - 1, StockCm = s.StockCm + 1 },
                s.PipelineCm * X.SupplyRateCm);
        if (s.PipelineAm > 0)
            yield return (down ? s with { PipelineAm = s.PipelineAm - 1, InstalledAm = s.InstalledAm + 1 } : s with { PipelineAm = s.PipelineAm - 1, StockAm = s.StockAm + 1 },
                s.PipelineAm * X.SupplyRateAm);
    }

    /// <summary>Stationary distribution and long-run cost of a policy, by a dense solve of pQ = 0, Σp = 1.</summary>
    public (double Cost, double[] P) Evaluate(Func<DualSourcingState, (bool InstallAm, bool OrderAm)> policy)
    {
        int n = States.Count;
        var qt = Matrix<double>.Build.Dense(n, n);
        for (int i = 0; i < n; i++)
        {
            var (ia, oa) = policy(States[i]);
            foreach (var (to, rate) in Transitions(States[i], ia, oa))
            {
                int j = Index[to];
                qt[j, i] += rate;
                qt[i, i] -= rate;
            }
        }
        for (int j = 0; j < n; j++) qt[n - 1, j] = 1;
        var e = Vector<double>.Build.Dense(n);
        e[n - 1] = 1;
        var p = qt.Solve(e).ToArray();
        double cost = 0;
        for (int i = 0; i < n; i++) cost += p[i] * Cost(States[i]);
        return (cost, p);
    }
}
