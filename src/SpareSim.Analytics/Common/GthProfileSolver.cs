using System.Diagnostics;

namespace SpareSim.Analytics.Common;

/// <summary>
/// Subtraction-free direct solver (Grassmann–Taksar–Heyman) for a nonsingular M-matrix A that is
/// weakly diagonally dominant by rows — a generator of a Markov chain with one state pinned —
/// given the row slacks s_i = Σ_j a_ij ≥ 0 exactly (the rates into the pinned state). Gaussian
/// elimination without pivoting in profile storage: row i keeps columns lo(i)..hi(i) with lo and
/// hi nondecreasing, which contains all fill. Every pivot is recomputed as slack + Σ|off-diagonal|
/// of the remaining row and the slacks are carried along (s_i += |l_ik| s_k), so the elimination
/// only ever adds numbers of one sign: no cancellation, and the factors have small componentwise
/// relative error however badly scaled the chain (costs from 1 to 1e10, rare states). Solving
/// with a nonnegative right-hand side (by rows: A x = b; or transposed: Aᵀ x = b, the stationary
/// balance equations) is subtraction-free too, so x is accurate componentwise.
/// </summary>
public sealed class GthProfileSolver
{
    private readonly int _n;
    private readonly int[] _lo, _hi;
    private readonly long[] _offset; // row i, column j at _offset[i] + j − _lo[i]
    private readonly double[] _store;

    /// <summary>
    /// Factorises <paramref name="matrix"/> with row slacks <paramref name="rowSlack"/>. Off-diagonal
    /// entries must be ≤ 0 and slacks ≥ 0. <paramref name="deadline"/> (a <see cref="Stopwatch"/>
    /// timestamp, 0 for none) is checked as the elimination proceeds; past it
    /// <see cref="TimeoutException"/> is thrown. <paramref name="maxEntries"/> bounds the storage.
    /// </summary>
    public GthProfileSolver(SparseRowMatrix matrix, ReadOnlySpan<double> rowSlack, long maxEntries = long.MaxValue, long deadline = 0)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        _n = matrix.Size;
        if (rowSlack.Length != _n) throw new ArgumentException($"{rowSlack.Length} slacks for {_n} rows", nameof(rowSlack));
        (_lo, _hi, long entries) = Profile(matrix);
        if (entries > maxEntries)
            throw new ArgumentOutOfRangeException(nameof(matrix), $"the profile of {_n} rows holds {entries:N0} numbers, more than the limit {maxEntries:N0}");
        _offset = new long[_n];
        long at = 0;
        for (int i = 0; i < _n; i++) { _offset[i] = at; at += _hi[i] - _lo[i] + 1; }
        _store = GC.AllocateUninitializedArray<double>(checked((int)Math.Min(at, Array.MaxLength)));
        if (at > _store.Length) throw new ArgumentOutOfRangeException(nameof(matrix), $"the profile holds {at:N0} numbers, more than one array can");
        Array.Clear(_store);
        var rowStart = matrix.RowStart; var cols = matrix.Columns; var vals = matrix.Values;
        for (int i = 0; i < _n; i++)
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++)
            {
                if (cols[p] != i && vals[p] > 0) throw new ArgumentException($"off-diagonal entry ({i}, {cols[p]}) = {vals[p]} is positive: not an M-matrix", nameof(matrix));
                _store[_offset[i] + cols[p] - _lo[i]] = vals[p];
            }
        var slack = rowSlack.ToArray();
        foreach (double s in slack) if (!(s >= 0)) throw new ArgumentException("row slacks must be >= 0", nameof(rowSlack));
        Factor(slack, deadline);
    }

    /// <summary>Numbers the profile of <paramref name="matrix"/> holds (memory = 8 bytes each).</summary>
    public static long StorageEntries(SparseRowMatrix matrix) => Profile(matrix).Entries;

    /// <summary>Multiply–add operations of the factorisation of <paramref name="matrix"/>, for time estimates.</summary>
    public static double FactorOperations(SparseRowMatrix matrix)
    {
        var (lo, hi, _) = Profile(matrix);
        double ops = 0;
        int last = 0;
        for (int k = 0; k < lo.Length; k++)
        {
            while (last + 1 < lo.Length && lo[last + 1] <= k) last++;
            ops += (double)Math.Max(last - k, 0) * (hi[k] - k);
        }
        return ops;
    }

    private static (int[] Lo, int[] Hi, long Entries) Profile(SparseRowMatrix matrix)
    {
        int n = matrix.Size;
        var rowStart = matrix.RowStart; var cols = matrix.Columns;
        var lo = new int[n];
        var hi = new int[n];
        for (int i = 0; i < n; i++)
        {
            int a = i, b = i;
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) { a = Math.Min(a, cols[p]); b = Math.Max(b, cols[p]); }
            lo[i] = a; hi[i] = b;
        }
        // Monotone envelopes: lo nondecreasing (suffix minimum), hi nondecreasing (prefix maximum).
        for (int i = n - 2; i >= 0; i--) lo[i] = Math.Min(lo[i], lo[i + 1]);
        for (int i = 1; i < n; i++) hi[i] = Math.Max(hi[i], hi[i - 1]);
        long entries = 0;
        for (int i = 0; i < n; i++) entries += hi[i] - lo[i] + 1;
        return (lo, hi, entries);
    }

    private void Factor(double[] slack, long deadline)
    {
        int lastRow = 0;
        for (int k = 0; k < _n; k++)
        {
            if (deadline != 0 && (k & 63) == 0 && Stopwatch.GetTimestamp() > deadline)
                throw new TimeoutException($"the direct solve ran out of time at row {k:N0} of {_n:N0}");
            var rowK = _store.AsSpan((int)(_offset[k] + k - _lo[k]), _hi[k] - k + 1);
            // GTH pivot: what leaves row k of the Schur complement (slack plus the off-diagonal mass).
            double pivot = slack[k];
            for (int j = 1; j < rowK.Length; j++) pivot -= rowK[j]; // off-diagonals are ≤ 0: a sum of magnitudes
            if (!(pivot > 0) || !double.IsFinite(pivot))
                throw new ArgumentException($"pivot {k} is {pivot}: the pinned system is singular (a closed class without the pinned state)");
            rowK[0] = pivot;
            var upper = rowK[1..];
            while (lastRow + 1 < _n && _lo[lastRow + 1] <= k) lastRow++;
            for (int i = k + 1; i <= lastRow; i++)
            {
                long ik = _offset[i] + k - _lo[i];
                double a = _store[ik];
                if (a == 0) continue;
                double f = a / pivot; // ≤ 0
                _store[ik] = f;
                slack[i] -= f * slack[k];
                // Row i gets f·(row k): with f ≤ 0 and the entries of row k ≤ 0, it only grows in
                // magnitude. Its diagonal is overwritten by the GTH pivot when its turn comes.
                VectorKernels.Axpy(-f, upper, _store.AsSpan((int)(ik + 1), upper.Length));
            }
        }
    }

    /// <summary>Solves A x = b (subtraction-free for b ≥ 0).</summary>
    public void Solve(ReadOnlySpan<double> b, Span<double> x)
    {
        Check(b, x);
        b.CopyTo(x);
        for (int i = 0; i < _n; i++)
        {
            long row = _offset[i] - _lo[i];
            double s = x[i];
            for (int j = _lo[i]; j < i; j++) s -= _store[row + j] * x[j];
            x[i] = s;
        }
        for (int i = _n - 1; i >= 0; i--)
        {
            long row = _offset[i] - _lo[i];
            double s = x[i];
            for (int j = i + 1; j <= _hi[i]; j++) s -= _store[row + j] * x[j];
            x[i] = s / _store[row + i];
        }
    }

    /// <summary>Solves Aᵀ x = b (subtraction-free for b ≥ 0): Uᵀ y = b, then Lᵀ x = y.</summary>
    public void SolveTransposed(ReadOnlySpan<double> b, Span<double> x)
    {
        Check(b, x);
        b.CopyTo(x);
        for (int i = 0; i < _n; i++)
        {
            long row = _offset[i] - _lo[i];
            double xi = x[i] / _store[row + i];
            x[i] = xi;
            if (xi == 0) continue;
            for (int j = i + 1; j <= _hi[i]; j++) x[j] -= _store[row + j] * xi;
        }
        for (int i = _n - 1; i >= 0; i--)
        {
            long row = _offset[i] - _lo[i];
            double xi = x[i];
            if (xi == 0) continue;
            for (int j = _lo[i]; j < i; j++) x[j] -= _store[row + j] * xi;
        }
    }

    private void Check(ReadOnlySpan<double> b, Span<double> x)
    {
        if (b.Length != _n || x.Length != _n) throw new ArgumentException($"vector lengths must equal the matrix size {_n}");
    }
}
