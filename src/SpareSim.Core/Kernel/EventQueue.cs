namespace SpareSim.Core.Kernel;

/// <summary>
/// The future-event list: a binary min-heap of value-type entries ordered by
/// (time, priority, scheduling sequence). Entries are structs in one array, so scheduling
/// allocates nothing once the array has grown to the model's working size.
/// </summary>
internal sealed class EventQueue
{
    private struct Entry
    {
        public double Time;
        public int Priority;
        public long Sequence;
        public Event Event;
    }

    private Entry[] _heap = new Entry[256];
    private int _count;
    private long _sequence;

    public int Count => _count;

    public double PeekTime => _count > 0 ? _heap[0].Time : double.PositiveInfinity;

    public void Push(double time, int priority, Event ev)
    {
        if (_count == _heap.Length) Array.Resize(ref _heap, _heap.Length * 2);
        var entry = new Entry { Time = time, Priority = priority, Sequence = _sequence++, Event = ev };
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
    }

    public Event Pop(out double time)
    {
        var heap = _heap;
        var top = heap[0];
        int n = --_count;
        if (n > 0)
        {
            var last = heap[n];
            int i = 0;
            while (true)
            {
                int child = 2 * i + 1;
                if (child >= n) break;
                if (child + 1 < n && Before(in heap[child + 1], in heap[child])) child++;
                if (!Before(in heap[child], in last)) break;
                heap[i] = heap[child];
                i = child;
            }
            heap[i] = last;
        }
        heap[n] = default; // release the reference for the GC
        time = top.Time;
        return top.Event;
    }

    private static bool Before(in Entry a, in Entry b)
    {
        if (a.Time != b.Time) return a.Time < b.Time;
        if (a.Priority != b.Priority) return a.Priority < b.Priority;
        return a.Sequence < b.Sequence;
    }
}
