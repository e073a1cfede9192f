using SpareSim.Core.Kernel;

namespace SpareSim.Core.Tests.Kernel;

/// <summary>
/// The event list against a plain reference kept alongside (a sorted set of (time, priority,
/// creation order), whose minimum must be the event processed each time):
/// many ties in time and priority, events scheduled while others are processed, the list growing
/// and shrinking, so every path of the heap and its slot reuse is exercised.
/// </summary>
public class EventOrderTests
{
    [Fact]
    public void Events_are_processed_in_time_then_priority_then_creation_order()
    {
        var random = new System.Random(12);
        CheckAgainstReference(new Simulation(), random, () => random.Next(4) * 0.5); // 0, 0.5, 1, 1.5: many equal times
    }

    [Fact]
    public void Order_holds_across_negative_times_zero_and_wide_magnitudes()
    {
        // The heap orders times by integer keys made from the IEEE bits: negative times (their
        // bits order the other way), -0 against +0 (equal times: priority and creation decide),
        // and delays from 1e-9 to 1e6 check that the keys order exactly like the doubles.
        var random = new System.Random(5);
        var sim = new Simulation(initialTime: -1e4);
        CheckAgainstReference(sim, random, () => random.Next(5) switch
        {
            0 => 0,
            1 => random.NextDouble() * 1e-9,
            2 => Math.Abs(sim.Now) * (random.Next(2) == 0 ? 1 : 2), // lands exactly on 0, or as far above
            3 => random.NextDouble() * 10,
            _ => random.NextDouble() * 1e6,
        });
        Assert.True(sim.Now > 0, "the run should cross from negative to positive times");
    }

    [Fact]
    public void Time_keys_order_like_the_times()
    {
        double[] times = [double.MinValue, -1e300, -1, -double.Epsilon, -0.0, 0.0, double.Epsilon, 1e-300, 1, 1e300, double.MaxValue];
        for (int i = 0; i < times.Length; i++)
        {
            Assert.Equal(times[i] + 0.0, EventQueue.TimeOf(EventQueue.TimeKey(times[i])));
            for (int j = 0; j < times.Length; j++)
                Assert.Equal(times[i] < times[j], EventQueue.TimeKey(times[i]) < EventQueue.TimeKey(times[j]));
        }
        Assert.Equal(EventQueue.TimeKey(0.0), EventQueue.TimeKey(-0.0));
    }

    [Fact]
    public void The_event_list_pops_in_order_past_its_prefetching_size_with_pops_pushes_and_peeks_mixed()
    {
        // The list itself against a sorted set, with up to 40,000 entries (past the size from
        // which it prefetches, 2^14), pushes after pops (a woken process scheduling itself),
        // pops after pops, peeks, ties in time, and normal entries due now (the lane).
        var queue = new EventQueue();
        var reference = new SortedSet<(double Time, int Priority, long Sequence)>();
        var random = new System.Random(7);
        double now = 0;
        var targets = new Dictionary<long, object>();
        void Push()
        {
            double time = now + (random.Next(4) == 0 ? 0 : Math.Round(random.NextDouble() * 100, 1));
            int priority = random.Next(3) - 1;
            var target = new object();
            long sequence = queue.Push(time, priority, EntryKind.Event, target, now: time == now);
            reference.Add((time, priority, sequence));
            targets[sequence] = target;
        }
        for (int i = 0; i < 40_000; i++) Push();
        for (int step = 0; step < 200_000; step++)
        {
            int action = random.Next(10);
            bool draining = step > 150_000;
            if (action < (draining ? 6 : 4) && reference.Count > 0)
            {
                var first = reference.Min;
                reference.Remove(first);
                Assert.Equal(first.Time, queue.PeekTime);
                var target = queue.Pop(out double time, out var kind, out long sequence);
                Assert.Equal(first.Sequence, sequence);
                Assert.Equal(first.Time, time);
                Assert.Same(targets[sequence], target);
                Assert.Equal(EntryKind.Event, kind);
                now = time;
            }
            else if (action < 9)
            {
                Push();
            }
            else
            {
                Assert.Equal(reference.Count == 0 ? double.PositiveInfinity : reference.Min.Time, queue.PeekTime);
            }
            Assert.Equal(reference.Count, queue.Count);
        }
        Assert.True(reference.Count < 40_000);
    }

    private static void CheckAgainstReference(Simulation sim, System.Random random, Func<double> nextDelay)
    {
        var reference = new SortedSet<(double Time, int Priority, int Id)>();
        var processed = new List<int>();
        var expected = new List<int>();
        int nextId = 0, mostPending = 0;
        bool growing = true;

        void Schedule()
        {
            int id = nextId++;
            double delay = nextDelay();
            // Urgent and normal entries due now take the queue's now lanes, the others the heap.
            int priority = random.Next(5) switch { 0 => EventPriority.Urgent, int n => n - 2 };
            reference.Add((sim.Now + delay, priority, id));
            mostPending = Math.Max(mostPending, reference.Count);
            sim.Timeout(delay, priority: priority).AddCallback(_ =>
            {
                // The reference's earliest entry is the one that must be processed now.
                var first = reference.Min;
                reference.Remove(first);
                expected.Add(first.Id);
                processed.Add(id);
                // A growing branching process (mean 1.5 children) up to 3000 pending entries, then a
                // shrinking one (mean 0.5) down to none.
                if (reference.Count >= 3000) growing = false;
                int children = growing ? random.Next(4) : random.Next(2);
                for (int c = 0; c < children && nextId < 60_000; c++) Schedule();
            });
        }

        for (int i = 0; i < 50; i++) Schedule();
        sim.Run();

        Assert.True(mostPending > 256, $"the list should outgrow its initial 256 entries (most pending: {mostPending})");
        Assert.Equal(nextId, processed.Count);
        Assert.Equal(expected, processed);
    }
}
