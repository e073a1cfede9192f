namespace SpareSim.Analytics.Common;

/// <summary>
/// Direct solver for a sparse matrix stored as a band: Gaussian elimination without pivoting in
/// O(n·p·q) time for lower/upper bandwidths p, q. Without pivoting it is backward stable for
/// diagonally dominant matrices (growth factor ≤ 2), which covers the pinned generators of Markov
/// chains. Used where the iterative solvers cannot reach their tolerance (nearly decomposable
/// chains); states ordered by level keep the band narrow.
/// </summary>
public sealed class BandedLuSolver
{
    private readonly int _n, _lower, _upper, _width;
    private readonly double[] _band; // row i, column j stored at i * _width + (j - i + _lower)

    /// <summary>Factorises <paramref name="matrix"/>; throws if the band would exceed <paramref name="maxBandEntries"/> numbers.</summary>
    public BandedLuSolver(SparseRowMatrix matrix, long maxBandEntries = 100_000_000)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        _n = matrix.Size;
        var rowStart = matrix.RowStart; var cols = matrix.Columns; var vals = matrix.Values;
        for (int i = 0; i < _n; i++)
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++)
            {
                _lower = Math.Max(_lower, i - cols[p]);
                _upper = Math.Max(_upper, cols[p] - i);
            }
        _width = _lower + _upper + 1;
        long entries = (long)_n * _width;
        if (entries > maxBandEntries)
            throw new ArgumentOutOfRangeException(nameof(matrix), $"band of {_n} rows x {_width} columns exceeds the limit of {maxBandEntries:N0} numbers");
        _band = new double[entries];
        for (int i = 0; i < _n; i++)
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) _band[(long)i * _width + cols[p] - i + _lower] = vals[p];
        for (int k = 0; k < _n; k++)
        {
            double pivot = _band[(long)k * _width + _lower];
            if (pivot == 0 || !double.IsFinite(pivot)) throw new ArgumentException($"zero pivot at row {k}: the matrix is singular", nameof(matrix));
            int lastRow = Math.Min(_n - 1, k + _lower), lastCol = Math.Min(_n - 1, k + _upper);
            for (int i = k + 1; i <= lastRow; i++)
            {
                long ik = (long)i * _width + k - i + _lower;
                double f = _band[ik];
                if (f == 0) continue;
                f /= pivot;
                _band[ik] = f;
                long rowI = (long)i * _width - i + _lower, rowK = (long)k * _width - k + _lower;
                for (int j = k + 1; j <= lastCol; j++) _band[rowI + j] -= f * _band[rowK + j];
            }
        }
    }

    /// <summary>Solves A x = b.</summary>
    public void Solve(ReadOnlySpan<double> b, Span<double> x)
    {
        if (b.Length != _n || x.Length != _n) throw new ArgumentException($"vector lengths must equal the matrix size {_n}");
        b.CopyTo(x);
        for (int i = 0; i < _n; i++)
        {
            double s = x[i];
            long row = (long)i * _width - i + _lower;
            for (int j = Math.Max(0, i - _lower); j < i; j++) s -= _band[row + j] * x[j];
            x[i] = s;
        }
        for (int i = _n - 1; i >= 0; i--)
        {
            double s = x[i];
            long row = (long)i * _width - i + _lower;
            for (int j = i + 1; j <= Math.Min(_n - 1, i + _upper); j++) s -= _band[row + j] * x[j];
            x[i] = s / _band[row + i];
        }
    }
}
