using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace SpareSim.Core.Kernel;

/// <summary>
/// The future-event list: a 4-ary min-heap ordered by (time, priority, scheduling sequence), so
/// push and pop are O(log n) in the number of scheduled entries. The heap moves only 16-byte
/// value entries (time, priority, slot): four siblings share one cache line, so a pop with a
/// million entries touches half the levels of a binary heap. What an entry schedules and its
/// sequence number sit in slot arrays that never move, so sifting needs no GC write barrier, and
/// nothing is allocated once the arrays have grown to the model's working size.
/// <para>
/// Times are kept as integer keys that order like the doubles (<see cref="TimeKey"/>), so a pop
/// picks the earliest of four children with conditional moves instead of data-dependent
/// branches, which the processor mispredicts about every other time; only siblings due at the
/// same instant take the full (time, priority, sequence) comparison.
/// </para>
/// <para>
/// Entries due now with the urgent or the normal priority (process starts, triggered events,
/// served requests and takes, releases, process ends: most entries of a resource model) skip
/// the heap: they go to one first-in first-out lane per priority, in sequence order, and a pop
/// compares the lanes' heads with the heap's top in the same (time, priority, sequence) order.
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

    // Never-due keys (a NaN bit pattern, above every finite time's key) fill the heap from
    // _count on, so every group of four siblings is complete: a pop compares four keys without a
    // bound check or a loop whose length varies (a mispredicted jump at the last level).
    private const long Absent = long.MaxValue;

    // The heap's entries live in a pinned byte array at an offset that puts every group of four
    // siblings (indices 4i+1..4i+4, 64 bytes) in one cache line: a pop's descent then misses the
    // cache once per level, not up to twice (an Entry[] starts wherever the GC put it).
    private const int CacheLine = 64;
    private byte[] _heapBytes;
    private int _heapOffset;
    private SlotData[] _slots = new SlotData[256];
    private int[] _freeSlots = new int[256];
    private int _freeCount;
    private int _usedSlots;
    private int _count;
    private long _sequence;

    private readonly NowLane _urgent = new();
    private readonly NowLane _normal = new();

    // Entries in the two lanes: zero for most pops of a model that mostly holds.
    private int _nowCount;

    public EventQueue()
    {
        _heapBytes = NewHeap(256, out _heapOffset);
    }

    public int Count => _count + _nowCount;

    public double PeekTime =>
        _nowCount == 0 ? (_count > 0 ? TimeOf(Heap.Key) : double.PositiveInfinity)
        : _urgent.Count > 0 ? _urgent.HeadTime
        : _normal.Count > 0 ? _normal.HeadTime
        : _count > 0 ? TimeOf(Heap.Key) : double.PositiveInfinity;

    /// <summary>The heap's first entry (its root); the others follow it.</summary>
    private ref Entry Heap => ref Unsafe.As<byte, Entry>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_heapBytes), _heapOffset));

    /// <summary>
    /// Schedules <paramref name="target"/> at <paramref name="time"/> and returns the entry's
    /// sequence number; <paramref name="now"/> says that the time is the current time, which
    /// every entry in the event list is at or after.
    /// </summary>
    public long Push(double time, int priority, EntryKind kind, object target, bool now)
    {
        if (now && (priority == EventPriority.Normal || priority == EventPriority.Urgent))
        {
            _nowCount++;
            return (priority == EventPriority.Normal ? _normal : _urgent).Add(time, target, kind, _sequence++);
        }
        return PushHeap(time, priority, kind, target);
    }

    /// <summary>Removes the first entry; the caller has checked that there is one.</summary>
    public object Pop(out double time, out EntryKind kind, out long sequence)
    {
        if (_nowCount > 0 && TryPopNow(out var target, out time, out kind, out sequence)) return target;
        return PopHeap(out time, out kind, out sequence);
    }

    /// <summary>Removes the first entry if it is in a lane.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryPopNow(out object target, out double time, out EntryKind kind, out long sequence)
    {
        // A lane's entries are due now, and nothing is due before now: the heap's top goes first
        // only if it is due now too, with a better priority or an earlier sequence.
        var lane = _urgent.Count > 0 && !HeapTopFirst(_urgent, EventPriority.Urgent) ? _urgent
            : _normal.Count > 0 && !HeapTopFirst(_normal, EventPriority.Normal) ? _normal
            : null;
        if (lane is null)
        {
            target = null!;
            time = 0;
            kind = default;
            sequence = 0;
            return false;
        }
        _nowCount--;
        target = lane.Remove(out time, out kind, out sequence);
        return true;
    }

    private bool HeapTopFirst(NowLane lane, int priority)
    {
        if (_count == 0) return false;
        ref var top = ref Heap;
        long key = TimeKey(lane.HeadTime);
        if (top.Key != key) return top.Key < key;
        if (top.Priority != priority) return top.Priority < priority;
        return _slots[top.Slot].Sequence < lane.HeadSequence;
    }

    private long PushHeap(double time, int priority, EntryKind kind, object target)
    {
        if (_count == _slots.Length) Grow();
        int slot = _freeCount > 0 ? _freeSlots[--_freeCount] : _usedSlots++;
        long sequence = _sequence++;
        ref var data = ref _slots[slot];
        data.Target = target;
        data.Sequence = sequence;
        data.Kind = kind;
        var entry = new Entry { Key = TimeKey(time), Priority = priority, Slot = slot };
        SiftUp(ref Heap, _count++, in entry);
        return sequence;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private object PopHeap(out double time, out EntryKind kind, out long sequence)
    {
        ref var heap = ref Heap;
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
            Unsafe.Add(ref heap, n).Key = Absent;
            int i = 0;
            int first = 1;
            bool prefetch = n >= PrefetchFrom;
            while (first < n)
            {
                // The grandchildren of this node are the 16 entries (four cache lines) from
                // 4 * first + 1: asking for them now overlaps the next level's cache miss with
                // this level's comparisons.
                if (prefetch) PrefetchLines(ref Unsafe.Add(ref heap, Arity * first + 1), n - (Arity * first + 1));
                int best = first + EarliestOfFour(ref Unsafe.Add(ref heap, first));
                // The root's earliest child is (nearly always) the next entry to pop: its slot, a
                // random one of a large array, then arrives during the rest of the descent.
                if (prefetch && i == 0) PrefetchSlot(Unsafe.Add(ref heap, best).Slot);
                Unsafe.Add(ref heap, i) = Unsafe.Add(ref heap, best);
                i = best;
                first = Arity * i + 1;
            }
            SiftUp(ref heap, i, in last);
            // The next entry's target (a process or an event) is mostly cold in a large model:
            // start loading it while the caller runs this one.
            if (prefetch) Prefetch(_slots[heap.Slot].Target);
        }
        else
        {
            heap.Key = Absent;
        }
        return target;
    }

    /// <summary>
    /// Heaps at least this large prefetch (about 256 KiB of entries, beyond what the first
    /// cache levels hold; below that the lines are there already and a prefetch only costs).
    /// </summary>
    private const int PrefetchFrom = 1 << 14;

    /// <summary>Asks for the four cache lines from <paramref name="entry"/>, as far as <paramref name="present"/> entries reach.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void PrefetchLines(ref Entry entry, int present)
    {
        if (!Sse.IsSupported || present <= 0) return;
        byte* p = (byte*)Unsafe.AsPointer(ref entry);
        Sse.Prefetch0(p);
        if (present > 4) Sse.Prefetch0(p + CacheLine);
        if (present > 8) Sse.Prefetch0(p + 2 * CacheLine);
        if (present > 12) Sse.Prefetch0(p + 3 * CacheLine);
    }

    /// <summary>Asks for the slot data of <paramref name="slot"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void PrefetchSlot(int slot)
    {
        if (Sse.IsSupported) Sse.Prefetch0(Unsafe.AsPointer(ref _slots[slot]));
    }

    /// <summary>Asks for the first two lines of <paramref name="target"/>'s object; a hint only, so a GC moving it meanwhile does no harm.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(object? target)
    {
        if (!Sse.IsSupported || target is null) return;
        byte* p = (byte*)Unsafe.As<object, nint>(ref target);
        Sse.Prefetch0(p);
        Sse.Prefetch0(p + CacheLine); // a process's fields span two lines
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
        int size = _slots.Length * 2;
        var heap = NewHeap(size, out int offset);
        Array.Copy(_heapBytes, _heapOffset, heap, offset, _count * Unsafe.SizeOf<Entry>());
        _heapBytes = heap;
        _heapOffset = offset;
        Array.Resize(ref _slots, size);
        Array.Resize(ref _freeSlots, size);
    }

    /// <summary>
    /// A heap for <paramref name="capacity"/> entries and the padding of the last sibling group,
    /// all absent, starting at byte <paramref name="offset"/> of the returned array, where entry
    /// 1 (the first of a sibling group) is at a cache-line boundary. The array is pinned, so the
    /// boundary stays where it is.
    /// </summary>
    private static byte[] NewHeap(int capacity, out int offset)
    {
        int entries = capacity + Arity;
        int size = Unsafe.SizeOf<Entry>();
        var bytes = GC.AllocateUninitializedArray<byte>(entries * size + CacheLine, pinned: true);
        long first = (long)Marshal.UnsafeAddrOfPinnedArrayElement(bytes, 0) + size;
        offset = (int)((CacheLine - first % CacheLine) % CacheLine);
        ref var heap = ref Unsafe.As<byte, Entry>(ref bytes[offset]);
        for (int i = 0; i < entries; i++) Unsafe.Add(ref heap, i) = new Entry { Key = Absent };
        return bytes;
    }

    /// <summary>
    /// The index (0-3) of the earliest of the four siblings starting at <paramref name="first"/>
    /// (the first is present). A tournament of conditional selects, two rounds deep; only if the
    /// earliest time is shared do priority and scheduling order decide.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int EarliestOfFour(ref Entry first)
    {
        long k0 = first.Key, k1 = Unsafe.Add(ref first, 1).Key, k2 = Unsafe.Add(ref first, 2).Key, k3 = Unsafe.Add(ref first, 3).Key;
        long m01 = Mask(k1 < k0), m23 = Mask(k3 < k2);
        long ka = (k1 & m01) | (k0 & ~m01), kb = (k3 & m23) | (k2 & ~m23);
        long mab = Mask(kb < ka);
        long best = ((2 + (1 & m23)) & mab) | ((1 & m01) & ~mab);
        bool tie = (ka == kb) | ((k0 == k1) & (ka < kb)) | ((k2 == k3) & (kb < ka));
        return tie ? EarliestOnTie(ref first) : (int)best;
    }

    /// <summary>All ones when <paramref name="condition"/> holds, else zero: a setcc, not a jump.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Mask(bool condition) => -(long)Unsafe.BitCast<bool, byte>(condition);

    /// <summary>The full (time, priority, sequence) comparison of four siblings, for equal times.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int EarliestOnTie(ref Entry first)
    {
        int best = 0;
        for (int c = 1; c < Arity; c++)
            if (Before(in Unsafe.Add(ref first, c), in Unsafe.Add(ref first, best))) best = c;
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

    /// <summary>The entries due now with one priority, first in first out (a ring buffer).</summary>
    private sealed class NowLane
    {
        private struct LaneEntry
        {
            public object Target;
            public double Time;
            public long Sequence;
            public EntryKind Kind;
        }

        private LaneEntry[] _entries = new LaneEntry[64];
        private int _head;

        public int Count { get; private set; }

        public double HeadTime => _entries[_head].Time;

        public long HeadSequence => _entries[_head].Sequence;

        public long Add(double time, object target, EntryKind kind, long sequence)
        {
            if (Count == _entries.Length) Grow();
            int tail = _head + Count;
            if (tail >= _entries.Length) tail -= _entries.Length;
            ref var entry = ref _entries[tail];
            entry.Target = target;
            entry.Time = time;
            entry.Sequence = sequence;
            entry.Kind = kind;
            Count++;
            return sequence;
        }

        public object Remove(out double time, out EntryKind kind, out long sequence)
        {
            ref var entry = ref _entries[_head];
            var target = entry.Target;
            time = entry.Time;
            kind = entry.Kind;
            sequence = entry.Sequence;
            entry.Target = null!; // release the reference for the GC
            _head = _head + 1 == _entries.Length ? 0 : _head + 1;
            Count--;
            return target;
        }

        private void Grow()
        {
            var larger = new LaneEntry[_entries.Length * 2];
            for (int i = 0; i < Count; i++) larger[i] = _entries[(_head + i) % _entries.Length];
            _entries = larger;
            _head = 0;
        }
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

    /// <summary>The delivery of an interrupt to a <see cref="Process"/> (its cause is queued by the simulation).</summary>
    Interrupt,
}
