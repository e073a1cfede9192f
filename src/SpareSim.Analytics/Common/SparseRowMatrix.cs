namespace SpareSim.Analytics.Common;

/// <summary>
/// A square sparse matrix in compressed-row form with the column indices of each row sorted
/// ascending. Built once from rows of (column, value) pairs; used by the iterative solvers of the
/// analytical models (generators of Markov chains have a handful of entries per row).
/// </summary>
public sealed class SparseRowMatrix
{
    private readonly int[] _rowStart;
    private readonly int[] _columns;
    private readonly double[] _values;

    private SparseRowMatrix(int size, int[] rowStart, int[] columns, double[] values)
    {
        Size = size;
        _rowStart = rowStart;
        _columns = columns;
        _values = values;
    }

    /// <summary>Number of rows (and columns).</summary>
    public int Size { get; }

    /// <summary>Number of stored entries.</summary>
    public int NonZeroCount => _rowStart[Size];

    internal ReadOnlySpan<int> RowStart => _rowStart;
    internal ReadOnlySpan<int> Columns => _columns;
    internal ReadOnlySpan<double> Values => _values;

    /// <summary>
    /// Builds a matrix of <paramref name="size"/> rows; <paramref name="fillRow"/> writes row i's
    /// entries into the given buffers (at most <paramref name="maxPerRow"/>) and returns how many.
    /// Columns of a row must be distinct; they are sorted here.
    /// </summary>
    public static SparseRowMatrix Build(int size, int maxPerRow, RowFiller fillRow)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPerRow, 1);
        var rowStart = new int[size + 1];
        var columns = new int[size * maxPerRow];
        var values = new double[size * maxPerRow];
        var colBuf = new int[maxPerRow];
        var valBuf = new double[maxPerRow];
        int nnz = 0;
        for (int i = 0; i < size; i++)
        {
            int count = fillRow(i, colBuf, valBuf);
            if (count < 0 || count > maxPerRow)
                throw new InvalidOperationException($"row {i} reported {count} entries, allowed 0..{maxPerRow}");
            // Insertion sort: rows are tiny.
            for (int a = 1; a < count; a++)
            {
                int c = colBuf[a]; double v = valBuf[a]; int b = a - 1;
                while (b >= 0 && colBuf[b] > c) { colBuf[b + 1] = colBuf[b]; valBuf[b + 1] = valBuf[b]; b--; }
                colBuf[b + 1] = c; valBuf[b + 1] = v;
            }
            for (int a = 0; a < count; a++)
            {
                if ((uint)colBuf[a] >= (uint)size) throw new InvalidOperationException($"row {i}: column {colBuf[a]} outside 0..{size - 1}");
                if (a > 0 && colBuf[a] == colBuf[a - 1]) throw new InvalidOperationException($"row {i}: column {colBuf[a]} given twice");
                columns[nnz] = colBuf[a];
                values[nnz] = valBuf[a];
                nnz++;
            }
            rowStart[i + 1] = nnz;
        }
        Array.Resize(ref columns, nnz);
        Array.Resize(ref values, nnz);
        return new SparseRowMatrix(size, rowStart, columns, values);
    }

    /// <summary>Writes the entries of one row; returns their number.</summary>
    public delegate int RowFiller(int row, Span<int> columns, Span<double> values);

    /// <summary>y = A x.</summary>
    public void Multiply(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < Size; i++)
        {
            double s = 0;
            for (int p = _rowStart[i]; p < _rowStart[i + 1]; p++) s += _values[p] * x[_columns[p]];
            y[i] = s;
        }
    }

    /// <summary>The transpose, with sorted rows.</summary>
    public SparseRowMatrix Transpose()
    {
        var count = new int[Size + 1];
        foreach (int c in _columns) count[c + 1]++;
        for (int i = 0; i < Size; i++) count[i + 1] += count[i];
        var next = (int[])count.Clone();
        var cols = new int[NonZeroCount];
        var vals = new double[NonZeroCount];
        for (int i = 0; i < Size; i++)
            for (int p = _rowStart[i]; p < _rowStart[i + 1]; p++)
            {
                int dst = next[_columns[p]]++;
                cols[dst] = i;
                vals[dst] = _values[p];
            }
        return new SparseRowMatrix(Size, count, cols, vals);
    }
}
