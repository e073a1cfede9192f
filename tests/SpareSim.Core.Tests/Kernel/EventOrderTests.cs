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
        var sim = new Simulation();
        var random = new System.Random(12);
        var reference = new SortedSet<(double Time, int Priority, int Id)>();
        var processed = new List<int>();
        var expected = new List<int>();
        int nextId = 0, mostPending = 0;
        bool growing = true;

        void Schedule()
        {
            int id = nextId++;
            double delay = random.Next(4) * 0.5; // 0, 0.5, 1, 1.5: many equal times
            int priority = random.Next(3) - 1;
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
