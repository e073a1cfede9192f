using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace SpareSim.Analytics.Fitting;

/// <summary>
/// Maximises a family's log-likelihood over the unconstrained (log-scale) parameters, some of
/// which may be held at given values (a profile, or the Erlang phase count), with MathNet's
/// Nelder–Mead simplex, restarted once from its own optimum with a smaller simplex because a
/// first run can stop on a collapsed simplex before the optimum.
/// </summary>
internal static class LikelihoodMaximiser
{
    private const double Tolerance = 1e-13;
    private const int MaxIterations = 20_000;

    /// <summary>Returns the full free vector (held entries unchanged) and the log-likelihood there.</summary>
    public static (double[] Free, double LogLikelihood) Maximise(LifeFamily family, LifeData data, double[] startFree, bool[] held)
    {
        int[] moving = Enumerable.Range(0, startFree.Length).Where(i => !held[i]).ToArray();
        double[] full = (double[])startFree.Clone();
        if (moving.Length == 0) return (full, Evaluate(family, data, full));

        double Objective(Vector<double> x)
        {
            var trial = (double[])full.Clone();
            for (int i = 0; i < moving.Length; i++) trial[moving[i]] = x[i];
            double ll = Evaluate(family, data, trial);
            // The simplex only compares values: a point outside the law's domain is simply worse.
            return double.IsFinite(ll) ? -ll : double.MaxValue;
        }

        var objective = ObjectiveFunction.Value(Objective);
        var x0 = Vector<double>.Build.Dense(moving.Select(i => full[i]).ToArray());
        double bestValue = double.MaxValue;
        foreach (double step in new[] { 0.2, 0.01 })
        {
            try
            {
                var result = NelderMeadSimplex.Minimum(objective, x0, Vector<double>.Build.Dense(moving.Length, step), Tolerance, MaxIterations);
                if (result.FunctionInfoAtMinimum.Value <= bestValue)
                {
                    bestValue = result.FunctionInfoAtMinimum.Value;
                    x0 = result.MinimizingPoint;
                }
            }
            catch (MaximumIterationsException)
            {
                // Keep the best point so far; the caller checks the outcome is finite.
            }
        }
        for (int i = 0; i < moving.Length; i++) full[moving[i]] = x0[i];
        double best = Evaluate(family, data, full);
        if (!double.IsFinite(best))
            throw new InvalidOperationException($"the {family.Name} fit did not find a finite likelihood");
        return (full, best);
    }

    public static double Evaluate(LifeFamily family, LifeData data, double[] free)
    {
        var theta = family.FromFree(free);
        foreach (double v in theta) if (!double.IsFinite(v)) return double.NegativeInfinity;
        double ll = family.LogLikelihood(theta, data);
        return double.IsNaN(ll) ? double.NegativeInfinity : ll;
    }
}
