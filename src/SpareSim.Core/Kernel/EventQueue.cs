namespace SpareSim.Core.Kernel;

/// <summary>
/// The future-event list: a binary min-heap of value-type entries ordered by
/// (time, priority, scheduling sequence). Entries are structs in one array, so scheduling
/// allocates nothing once the array has grown to the model's working size, and push and pop are
/// O(log n) in the number of scheduled entries.
/// </summary>
internal sealed class EventQueue
{
    private struct Entry
    {
        public double Time;
        public int Priority;
        public EntryKind Kind;
        public long Sequence;
        public object Target;
    }

    private Entry[] _heap = new Entry[256];
    private int _count;
    private long _sequence;

    public int Count => _count;

    public double PeekTime => _count > 0 ? _heap[0].Time : double.PositiveInfinity;

    /// <summary>Schedules <paramref name="target"/> and returns the entry's sequence number.</summary>
    public long Push(double time, int priority, EntryKind kind, object target)
    {
        if (_count == _heap.Length) Array.Resize(ref _heap, _heap.Length * 2);
        long sequence = _sequence++;
        var entry = new Entry { Time = time, Priority = priority, Kind = kind, Sequence = sequence, Target = target };
        int i = _count++;
        var heap = _heap;
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (!Before(in entry, in heap[parent])) break;
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = entry;
        return sequence;
    }

    /// <summary>Removes the first entry; the caller has checked that there is one.</summary>
    public object Pop(out double time, out EntryKind kind, out long sequence)
    {
        var heap = _heap;
        ref var top = ref heap[0];
        time = top.Time;
        kind = top.Kind;
        sequence = top.Sequence;
        var target = top.Target;
        int n = --_count;
        if (n > 0)
        {
            // Floyd's variant: move the hole to a leaf along the smaller children, then sift the
            // last entry up from there (fewer comparisons than sifting it down from the root).
            var last = heap[n];
            int i = 0;
            int child = 1;
            while (child < n)
            {
                if (child + 1 < n && Before(in heap[child + 1], in heap[child])) child++;
                heap[i] = heap[child];
                i = child;
                child = 2 * i + 1;
            }
            while (i > 0)
            {
                int parent = (i - 1) >> 1;
                if (!Before(in last, in heap[parent])) break;
                heap[i] = heap[parent];
                i = parent;
            }
            heap[i] = last;
        }
        heap[n] = default; // release the reference for the GC
        return target;
    }

    private static bool Before(in Entry a, in Entry b)
    {
        if (a.Time != b.Time) return a.Time < b.Time;
        if (a.Priority != b.Priority) return a.Priority < b.Priority;
        return a.Sequence < b.Sequence;
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
