using System.Runtime.CompilerServices;

namespace SpareSim.Core.Random;

/// <summary>
/// A named, reproducible stream of pseudo-random numbers (xoshiro256**), derived from
/// (master seed, replication index, stream name). Two runs that ask for the same stream get
/// the same numbers, which is what common random numbers across scenarios rest on.
/// Derives from <see cref="System.Random"/> so that MathNet.Numerics samplers can draw from it.
/// </summary>
public sealed class RandomStream : System.Random
{
    private ulong _s0, _s1, _s2, _s3;
    // Marsaglia's polar method makes normals in pairs; the spare is kept per stream, so a stream's
    // sequence of normals depends only on that stream (common random numbers are preserved).
    private double _spareNormal;
    private bool _hasSpareNormal;

    /// <summary>Creates the stream for (master seed, replication, name).</summary>
    public RandomStream(ulong masterSeed, int replication, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (replication < 0) throw new ArgumentOutOfRangeException(nameof(replication), "replication must be >= 0");
        MasterSeed = masterSeed;
        Replication = replication;
        Name = name;
        // The name is hashed with FNV-1a (stable across processes, unlike string.GetHashCode);
        // SplitMix64 then spreads (seed, replication, name hash) over the 256-bit state.
        ulong h = StableHash(name);
        ulong sm = masterSeed ^ (0x9E3779B97F4A7C15UL * (ulong)(replication + 1)) ^ RotateLeft(h, 17);
        _s0 = SplitMix64(ref sm);
        _s1 = SplitMix64(ref sm) ^ h;
        _s2 = SplitMix64(ref sm);
        _s3 = SplitMix64(ref sm);
        if ((_s0 | _s1 | _s2 | _s3) == 0) _s0 = 1; // the all-zero state is a fixed point
    }

    /// <summary>The master seed this stream was derived from.</summary>
    public ulong MasterSeed { get; }

    /// <summary>The replication index this stream was derived from.</summary>
    public int Replication { get; }

    /// <summary>The stream's name, e.g. "failures/base-A".</summary>
    public string Name { get; }

    /// <summary>Next raw 64-bit value.</summary>
    // Inlined: samplers call it in their innermost loops (two per polar-method try), where the
    // JIT's budget for a large caller otherwise leaves it a call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform on the open interval (0, 1): never 0, so -log(U) is always finite.</summary>
    public override double NextDouble() => ((NextUInt64() >> 11) + 0.5) * (1.0 / 9007199254740992.0);

    /// <inheritdoc />
    protected override double Sample() => NextDouble();

    /// <summary>A standard normal variate (Marsaglia's polar method, both values of each pair used).</summary>
    public double NextStandardNormal()
    {
        if (_hasSpareNormal)
        {
            _hasSpareNormal = false;
            return _spareNormal;
        }
        double u, v, s;
        do
        {
            u = 2 * NextDouble() - 1;
            v = 2 * NextDouble() - 1;
            s = u * u + v * v;
        }
        while (s >= 1 || s == 0);
        double factor = Math.Sqrt(-2 * Math.Log(s) / s);
        _spareNormal = v * factor;
        _hasSpareNormal = true;
        return u * factor;
    }

    /// <summary>Uniform on [0, int.MaxValue): the <see cref="System.Random.Next()"/> contract excludes int.MaxValue.</summary>
    public override int Next() => (int)NextInt64(int.MaxValue);

    /// <inheritdoc />
    public override int Next(int maxValue)
    {
        if (maxValue < 0) throw new ArgumentOutOfRangeException(nameof(maxValue));
        return (int)NextInt64(maxValue);
    }

    /// <inheritdoc />
    public override int Next(int minValue, int maxValue)
    {
        if (minValue > maxValue) throw new ArgumentOutOfRangeException(nameof(minValue));
        return (int)(minValue + NextInt64((long)maxValue - minValue));
    }

    /// <inheritdoc />
    public override long NextInt64(long maxValue)
    {
        if (maxValue < 0) throw new ArgumentOutOfRangeException(nameof(maxValue));
        if (maxValue <= 1) return 0;
        // Lemire's multiply-shift with rejection: unbiased.
        ulong range = (ulong)maxValue;
        ulong x = NextUInt64();
        UInt128 m = (UInt128)x * range;
        ulong low = (ulong)m;
        if (low < range)
        {
            ulong threshold = (0 - range) % range;
            while (low < threshold)
            {
                x = NextUInt64();
                m = (UInt128)x * range;
                low = (ulong)m;
            }
        }
        return (long)(m >> 64);
    }

    /// <inheritdoc />
    public override void NextBytes(byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        NextBytes(buffer.AsSpan());
    }

    /// <inheritdoc />
    public override void NextBytes(Span<byte> buffer)
    {
        for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)(NextUInt64() >> 56);
    }

    internal static ulong StableHash(string s)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h;
    }

    private static ulong SplitMix64(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
