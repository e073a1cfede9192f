using System.Numerics;
using System.Runtime.InteropServices;

namespace SpareSim.Analytics.Common;

/// <summary>Dense vector kernels of the sparse solvers, vectorised with <see cref="Vector{T}"/>.</summary>
internal static class VectorKernels
{
    internal static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int i = 0;
        double s = 0;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<double>.Count)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b[..a.Length]);
            var acc = Vector<double>.Zero;
            for (int v = 0; v < va.Length; v++) acc += va[v] * vb[v];
            s = Vector.Sum(acc);
            i = va.Length * Vector<double>.Count;
        }
        for (; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    // y += a·x, vectorised.
    internal static void Axpy(double a, ReadOnlySpan<double> x, Span<double> y)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<double>.Count)
        {
            var va = new Vector<double>(a);
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            var vy = MemoryMarshal.Cast<double, Vector<double>>(y[..x.Length]);
            for (int v = 0; v < vx.Length; v++) vy[v] += va * vx[v];
            i = vx.Length * Vector<double>.Count;
        }
        for (; i < x.Length; i++) y[i] += a * x[i];
    }

    internal static void Scale(double a, Span<double> x)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<double>.Count)
        {
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            for (int v = 0; v < vx.Length; v++) vx[v] *= a;
            i = vx.Length * Vector<double>.Count;
        }
        for (; i < x.Length; i++) x[i] *= a;
    }
}
