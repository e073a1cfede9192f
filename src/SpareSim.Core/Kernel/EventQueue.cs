using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SpareSim.Core.Kernel;

/// <summary>
/// The future-event list: a 4-ary min-heap ordered by (time, priority, scheduling sequence), so
/// push and pop are O(log n) in the number of scheduled entries. The heap moves only 16-byte
/// value entries (time, priority, slot): four siblings share about one cache line, so a pop with a
/// million entries touches half the levels of a binary heap. What an entry schedules and its
/// sequence number sit in slot arrays that never move, so sifting needs no GC write barrier, and
/// nothing is allocated once the arrays have grown to the model's working size.
/// <para>
/// Times are kept as integer keys that order like the doubles (<see cref="TimeKey"/>), so a pop
/// picks the earliest of four children with conditional moves instead of data-dependent
/// branches, which the processor mispredicts about every other time; only siblings due at the
/// same instant take the full (time, priority, sequence) comparison.
/// </para>
/// </summary>
internal sealed class EventQueue
{
    private const int Arity = 4;

    private struct Entry
    {
        public long Key; // TimeKey(time)
        public int Priority;
        public int Slot;
    }

    private struct SlotData
    {
        public object? Target;
        public long Sequence;
        public EntryKind Kind;
    }

    private Entry[] _heap = new Entry[256];
    private SlotData[] _slots = new SlotData[256];
    private int[] _freeSlots = new int[256];
    private int _freeCount;
    private int _usedSlots;
    private int _count;
    private long _sequence;

    public int Count => _count;

    public double PeekTime => _count > 0 ? TimeOf(_heap[0].Key) : double.PositiveInfinity;

    /// <summary>Schedules <paramref name="target"/> and returns the entry's sequence number.</summary>
    public long Push(double time, int priority, EntryKind kind, object target)
    {
        if (_count == _heap.Length) Grow();
        int slot = _freeCount > 0 ? _freeSlots[--_freeCount] : _usedSlots++;
        long sequence = _sequence++;
        ref var data = ref _slots[slot];
        data.Target = target;
        data.Sequence = sequence;
        data.Kind = kind;
        var entry = new Entry { Key = TimeKey(time), Priority = priority, Slot = slot };
        SiftUp(ref MemoryMarshal.GetArrayDataReference(_heap), _count++, in entry);
        return sequence;
    }

    /// <summary>Removes the first entry; the caller has checked that there is one.</summary>
    public object Pop(out double time, out EntryKind kind, out long sequence)
    {
        ref var heap = ref MemoryMarshal.GetArrayDataReference(_heap);
        time = TimeOf(heap.Key);
        int slot = heap.Slot;
        ref var data = ref _slots[slot];
        var target = data.Target!;
        kind = data.Kind;
        sequence = data.Sequence;
        data.Target = null; // release the reference for the GC
        _freeSlots[_freeCount++] = slot;
        int n = --_count;
        if (n > 0)
        {
            // Floyd's variant: move the hole down to a leaf along the earliest children, then sift
            // the last entry up from there (a new event is mostly later than most: it belongs low).
            var last = Unsafe.Add(ref heap, n);
            int i = 0;
            int first = 1;
            while (first < n)
            {
                int end = Math.Min(first + Arity, n);
                int best = EarliestChild(ref heap, first, end);
                Unsafe.Add(ref heap, i) = Unsafe.Add(ref heap, best);
                i = best;
                first = Arity * i + 1;
            }
            SiftUp(ref heap, i, in last);
        }
        return target;
    }

    /// <summary>Places <paramref name="entry"/> at the hole <paramref name="i"/> or above it.</summary>
    private void SiftUp(ref Entry heap, int i, in Entry entry)
    {
        while (i > 0)
        {
            int parent = (i - 1) / Arity;
            if (!Before(in entry, in Unsafe.Add(ref heap, parent))) break;
            Unsafe.Add(ref heap, i) = Unsafe.Add(ref heap, parent);
            i = parent;
        }
        Unsafe.Add(ref heap, i) = entry;
    }

    private void Grow()
    {
        // Slots in use never exceed entries, so the arrays grow together.
        int size = _heap.Length * 2;
        Array.Resize(ref _heap, size);
        Array.Resize(ref _slots, size);
        Array.Resize(ref _freeSlots, size);
    }

    /// <summary>The earliest of the siblings <paramref name="first"/> .. <paramref name="end"/> - 1.</summary>
    private int EarliestChild(ref Entry heap, int first, int end)
    {
        int best = first;
        long bestKey = Unsafe.Add(ref heap, first).Key;
        bool tie = false;
        for (int c = first + 1; c < end; c++)
        {
            long key = Unsafe.Add(ref heap, c).Key;
            tie |= key == bestKey;
            // Branch-free select: the mask is all ones when the child is earlier.
            long earlier = -(long)Unsafe.BitCast<bool, byte>(key < bestKey); // a setcc, not a jump
            best = (int)((c & earlier) | (best & ~earlier));
            bestKey = (key & earlier) | (bestKey & ~earlier);
        }
        if (!tie) return best;
        // Two siblings due at the same time: priority and scheduling order decide.
        best = first;
        for (int c = first + 1; c < end; c++)
            if (Before(in Unsafe.Add(ref heap, c), in Unsafe.Add(ref heap, best))) best = c;
        return best;
    }

    /// <summary>
    /// An integer that orders like <paramref name="time"/> (finite): the IEEE bits for times
    /// &gt;= 0, and the magnitude bits flipped for negative ones. -0 is made +0 first, so equal times
    /// get equal keys.
    /// </summary>
    internal static long TimeKey(double time)
    {
        long bits = BitConverter.DoubleToInt64Bits(time + 0.0);
        return bits ^ ((bits >> 63) & long.MaxValue);
    }

    /// <summary>The time of a key (the mapping is its own inverse).</summary>
    internal static double TimeOf(long key) => BitConverter.Int64BitsToDouble(key ^ ((key >> 63) & long.MaxValue));

    private bool Before(in Entry a, in Entry b)
    {
        if (a.Key != b.Key) return a.Key < b.Key;
        if (a.Priority != b.Priority) return a.Priority < b.Priority;
        // Equal time and priority: scheduling order (the sequence lives with the slot).
        return _slots[a.Slot].Sequence < _slots[b.Slot].Sequence;
    }
}

/// <summary>What an entry of the event list stands for.</summary>
internal enum EntryKind : byte
{
    /// <summary>A triggered <see cref="Event"/>: process it.</summary>
    Event,

    /// <summary>A <see cref="Process"/> to start or to wake from a hold (stale if the process has moved on).</summary>
    Wake,

    /// <summary>An occurrence nothing can wait for (a resource release): counted, nothing to run.</summary>
    Occurrence,
}
