using SpareSim.Analytics.Common;

namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// One pinned generator system with its solvers: ILU(0)-preconditioned GMRES first (fast, warm
/// started), and, when GMRES stalls above its tolerance — nearly decomposable chains, whose
/// conditioning puts the round-off floor above the tolerance — a banded direct factorisation.
/// Both factorisations are made on first use and reused for further right-hand sides. Callers that
/// only need a rough answer (choosing a reference state) switch the fallback off.
/// </summary>
internal sealed class PinnedSystem(SparseRowMatrix matrix, GmresSolver solver, bool allowDirect = true)
{
    // Direct fallback limit: 4e7 band numbers (320 MB) covers every instance of the §4 factorial.
    private const long MaxBandEntries = 40_000_000;

    private readonly GmresSolver _patient = new(solver.Tolerance, restart: 150, maxIterations: 3000);

    private IncompleteLuPreconditioner? _ilu;

    /// <summary>Relative residual of the last iterative attempt that fell short (diagnostics).</summary>
    public double LastResidual { get; private set; }
    private BandedLuSolver? _direct;

    /// <summary>Solves into <paramref name="x"/> (its contents are the warm start); false only if the direct fallback is out of reach.</summary>
    public bool TrySolve(double[] rhs, double[] x)
    {
        if (_direct is null)
        {
            _ilu ??= new IncompleteLuPreconditioner(matrix);
            var trial = (double[])x.Clone();
            if (solver.TrySolve(matrix, _ilu, rhs, trial, out double reached)) { trial.CopyTo(x, 0); return true; }
            LastResidual = reached;
            if (!allowDirect) { trial.CopyTo(x, 0); return false; }
            try { _direct = new BandedLuSolver(matrix, MaxBandEntries); }
            catch (ArgumentOutOfRangeException)
            {
                // Too wide a band (large installed bases): a patient GMRES with a larger Krylov space.
                bool converged = _patient.TrySolve(matrix, _ilu, rhs, trial, out reached);
                LastResidual = reached;
                trial.CopyTo(x, 0);
                return converged;
            }
        }
        _direct.Solve(rhs, x);
        return true;
    }
}
