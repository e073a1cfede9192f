namespace SpareSim.Analytics.Common;

/// <summary>
/// Zero-fill incomplete LU factorisation, ILU(0), of a <see cref="SparseRowMatrix"/>: L and U keep
/// the sparsity pattern of A. For the nonsingular M-matrices that arise from Markov chains
/// (generator with one state pinned) it exists and is stable, and it turns a Krylov solve that
/// would need hundreds of iterations into one that needs tens.
/// </summary>
public sealed class IncompleteLuPreconditioner
{
    private readonly SparseRowMatrix _pattern;
    private readonly double[] _factors;
    private readonly int[] _diagonal;

    /// <summary>Factorises <paramref name="matrix"/>; every row must store its diagonal entry.</summary>
    public IncompleteLuPreconditioner(SparseRowMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        _pattern = matrix;
        var rowStart = matrix.RowStart;
        var cols = matrix.Columns;
        _factors = matrix.Values.ToArray();
        _diagonal = new int[matrix.Size];
        var position = new int[matrix.Size];
        Array.Fill(position, -1);
        for (int i = 0; i < matrix.Size; i++)
        {
            _diagonal[i] = -1;
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++)
            {
                position[cols[p]] = p;
                if (cols[p] == i) _diagonal[i] = p;
            }
            if (_diagonal[i] < 0) throw new ArgumentException($"row {i} has no diagonal entry", nameof(matrix));
            for (int p = rowStart[i]; p < rowStart[i + 1] && cols[p] < i; p++)
            {
                int k = cols[p];
                double lik = _factors[p] / _factors[_diagonal[k]];
                _factors[p] = lik;
                for (int q = _diagonal[k] + 1; q < rowStart[k + 1]; q++)
                {
                    int at = position[cols[q]];
                    if (at >= 0) _factors[at] -= lik * _factors[q];
                }
            }
            if (_factors[_diagonal[i]] == 0 || !double.IsFinite(_factors[_diagonal[i]]))
                throw new ArgumentException($"ILU(0) pivot {i} is zero or not finite: the matrix is singular or not an M-matrix", nameof(matrix));
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) position[cols[p]] = -1;
        }
    }

    /// <summary>Solves L U z = r.</summary>
    public void Apply(ReadOnlySpan<double> r, Span<double> z)
    {
        var rowStart = _pattern.RowStart;
        var cols = _pattern.Columns;
        int n = _pattern.Size;
        for (int i = 0; i < n; i++)
        {
            double s = r[i];
            for (int p = rowStart[i]; p < _diagonal[i]; p++) s -= _factors[p] * z[cols[p]];
            z[i] = s;
        }
        for (int i = n - 1; i >= 0; i--)
        {
            double s = z[i];
            for (int p = _diagonal[i] + 1; p < rowStart[i + 1]; p++) s -= _factors[p] * z[cols[p]];
            z[i] = s / _factors[_diagonal[i]];
        }
    }
}
