namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// What one dual-sourcing optimisation may use: states per base stock, memory of the direct solve,
/// and wall-clock time for the whole base-stock search. Checked before anything large is allocated
/// (from the closed-form level sizes of the state space), and the time limit again while solving,
/// so an instance out of reach fails in seconds with <see cref="SolverLimitException"/> instead of
/// running for hours.
/// </summary>
/// <param name="MaxStates">Largest |Ω| per base stock.</param>
/// <param name="MaxMemoryBytes">Largest memory of one solve (profile factor plus per-state arrays).</param>
/// <param name="MaxSeconds">Wall-clock limit of one <see cref="DualSourcingOptimizer.Optimize"/> or DualSourcingSolver.Solve call.</param>
public sealed record SolverLimits(long MaxStates = DualSourcingStateSpace.DefaultMaxStates, long MaxMemoryBytes = 4L << 30, double MaxSeconds = 900)
{
    /// <summary>The default limits: 2 M states, 4 GiB, 15 minutes.</summary>
    public static SolverLimits Default { get; } = new();

    // Per-state arrays besides the factor: states, index, successors, chain rates, matrix, vectors.
    internal const long BytesPerState = 400;

    /// <summary>Throws <see cref="SolverLimitException"/> if (k, S) is beyond the state or memory limit.</summary>
    public void Check(int installedBase, int baseStock)
    {
        long states = DualSourcingStateSpace.Size(installedBase, baseStock);
        if (states > MaxStates)
            throw new SolverLimitException($"the dual-sourcing state space for k = {installedBase}, S = {baseStock} has {states:N0} states, more than the limit {MaxStates:N0}; aggregate the installed base (smaller k with scaled failure rates) or raise the limit");
        double bytes = EstimatedBytes(installedBase, baseStock);
        if (bytes > MaxMemoryBytes)
            throw new SolverLimitException($"the exact solve for k = {installedBase}, S = {baseStock} ({states:N0} states) needs about {bytes / (1 << 30):F1} GiB, more than the limit {MaxMemoryBytes / (double)(1 << 30):F1} GiB; aggregate the installed base (smaller k with scaled failure rates) or raise the limit");
    }

    /// <summary>
    /// Memory of a solve at (k, S): the states ordered by level R only couple to levels R ± 1, so
    /// a row's profile spans at most its own level and the two neighbours.
    /// </summary>
    public static double EstimatedBytes(int installedBase, int baseStock)
    {
        int n = installedBase + baseStock;
        double profile = 0;
        for (int r = 0; r <= n; r++)
            profile += LevelSize(installedBase, baseStock, r) * (0.5 * LevelSize(installedBase, baseStock, r - 1) + LevelSize(installedBase, baseStock, r) + 0.5 * LevelSize(installedBase, baseStock, r + 1));
        return 8 * profile + BytesPerState * (double)DualSourcingStateSpace.Size(installedBase, baseStock);
    }

    // States of level R: (R + 1) pipeline splits × (installed + 1) × (stock + 1).
    private static double LevelSize(int k, int baseStock, int r)
    {
        if (r < 0 || r > k + baseStock) return 0;
        int stock = Math.Max(baseStock - r, 0), installed = k + baseStock - r - stock;
        return (r + 1.0) * (installed + 1) * (stock + 1);
    }
}
