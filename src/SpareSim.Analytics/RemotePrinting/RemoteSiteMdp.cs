using MathNet.Numerics.LinearAlgebra;

namespace SpareSim.Analytics.RemotePrinting;

/// <summary>
/// The full MDP of the chapter (§4 of the spec, with the expediting extension of Appendix 3.A.1)
/// over states (n, I, P), solved by policy iteration at the cycle level without assuming any
/// policy structure: every order-up-to level at n = 0 and every (expedite, print) split with
/// e + p ≤ I⁻ in the cycle is a candidate. Improvement is one backward sweep through the cycle
/// with the current replenishment-state values; evaluation carries every in-cycle value as an
/// affine function of the replenishment-state values and solves the resulting linear system
/// ((I − A)V₀ = b discounted; h + gL = b + A h with h(0) = 0 for the average cost). It is the
/// independent check of the closed-form policy and the renewal evaluation.
/// </summary>
public static class RemoteSiteMdp
{
    private const int MaxPolicyIterations = 100;

    /// <summary>
    /// Solves <paramref name="instance"/> under <paramref name="criterion"/> with net inventory
    /// truncated at <paramref name="maxInventory"/> (default N + 8). Throws if the optimal
    /// order-up-to level reaches the truncation.
    /// </summary>
    public static RemoteSiteMdpSolution Solve(RemoteSiteInstance instance, CostCriterion criterion, int? maxInventory = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        int top = maxInventory ?? instance.InstalledBase + 8;
        if (top < 1) throw new ArgumentOutOfRangeException(nameof(maxInventory), top, "must be at least 1");
        var sweep = new CycleSweep(instance, top, criterion == CostCriterion.Discounted ? instance.Discount : 1);
        var replenishment = new double[sweep.Kernel.Rows];
        int iterations = 0;
        double average = double.NaN;
        for (bool first = true; ; first = false)
        {
            bool changed = sweep.Improve(replenishment, keepTies: !first);
            if (!first && !changed) break;
            if (++iterations > MaxPolicyIterations) throw new InvalidOperationException($"policy iteration did not settle in {MaxPolicyIterations} steps");
            (replenishment, average) = Evaluate(sweep, instance, criterion);
        }
        int n0 = instance.InstalledBase;
        if (sweep.OrderUpTo[0] >= top) throw new InvalidOperationException($"the optimal order-up-to level reaches the truncation I ≤ {top}; raise maxInventory");
        var values = sweep.PolicyValues(replenishment);
        return new RemoteSiteMdpSolution(instance, criterion, top, sweep.OrderUpTo, sweep.Actions, replenishment, values,
            criterion == CostCriterion.AveragePerPeriod ? average : double.NaN, iterations);
    }

    private static (double[] Values, double Average) Evaluate(CycleSweep sweep, RemoteSiteInstance instance, CostCriterion criterion)
    {
        var (constant, transfer) = sweep.AffineReplenishmentValues();
        int m = constant.Length;
        if (criterion == CostCriterion.Discounted)
        {
            var a = Matrix<double>.Build.DenseIdentity(m) - Matrix<double>.Build.DenseOfArray(transfer);
            return (a.Solve(Vector<double>.Build.DenseOfArray(constant)).ToArray(), double.NaN);
        }
        // Unknowns: h(I) for I ≠ 0, and g; h(0) = 0 fixes the free constant.
        int reference = instance.InstalledBase;
        var matrix = Matrix<double>.Build.Dense(m, m);
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < m; j++)
                if (j != reference) matrix[i, j] = (i == j ? 1 : 0) - transfer[i, j];
            matrix[i, reference] = instance.CycleLength;
        }
        var solution = matrix.Solve(Vector<double>.Build.DenseOfArray(constant)).ToArray();
        double g = solution[reference];
        solution[reference] = 0;
        return (solution, g);
    }
}
