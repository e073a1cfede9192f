using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Core.Resources;
using Timeout = SpareSim.Core.Kernel.Timeout;

namespace SpareSim.Core.Tests.Kernel;

/// <summary>
/// <see cref="Simulation.Hold"/>: the same traces as timeouts (hand-derived), interrupts that cut a
/// hold short, loud misuse, no allocation in steady state, and no event a model keeps ever reused.
/// </summary>
public class HoldTests
{
    [Fact]
    public void Holds_resume_at_the_sums_of_their_delays()
    {
        var sim = new Simulation();
        var times = new List<double>();
        IEnumerable<Event> Walker()
        {
            foreach (double d in new[] { 1, 2.5, 0, 4 })
            {
                yield return sim.Hold(d);
                times.Add(sim.Now);
            }
        }
        var walker = sim.Process(Walker(), "walker");
        sim.Run();
        Assert.Equal(new[] { 1, 3.5, 3.5, 7.5 }, times);
        Assert.True(walker.IsProcessed && walker.Ok);
    }

    [Fact]
    public void Holds_and_timeouts_at_the_same_time_run_in_priority_then_scheduling_order()
    {
        var sim = new Simulation();
        var order = new List<string>();
        IEnumerable<Event> Sleeper(string name, bool hold, int priority)
        {
            yield return hold ? sim.Hold(1, priority) : sim.Timeout(1, priority: priority);
            order.Add(name);
        }
        sim.Process(Sleeper("hold-0", true, 0));
        sim.Process(Sleeper("timeout-0", false, 0));
        sim.Process(Sleeper("hold-5", true, 5));
        sim.Process(Sleeper("timeout-minus-1", false, -1));
        sim.Process(Sleeper("hold-0-later", true, 0));
        sim.Run();
        Assert.Equal(new[] { "timeout-minus-1", "hold-0", "timeout-0", "hold-0-later", "hold-5" }, order);
    }

    [Fact]
    public void An_interrupt_ends_a_hold_and_its_old_wake_up_is_ignored()
    {
        var sim = new Simulation();
        var trace = new List<string>();
        Process? worker = null;
        IEnumerable<Event> Work()
        {
            yield return sim.Hold(10);
            trace.Add($"{sim.Now}:{(worker!.TryGetInterrupt(out var cause) ? cause : "done")}");
            yield return sim.Hold(1);
            trace.Add($"{sim.Now}:second hold over");
            yield return sim.Hold(20);
            trace.Add($"{sim.Now}:third hold over");
        }
        worker = sim.Process(Work(), "worker");
        sim.Timeout(3).AddCallback(_ => worker.Interrupt("breakdown"));
        sim.Run();
        // The first hold's entry at time 10 is still reached but must not wake the worker,
        // who by then is in its third hold (4 to 24).
        Assert.Equal(new[] { "3:breakdown", "4:second hold over", "24:third hold over" }, trace);
    }

    [Fact]
    public void Misuse_of_a_hold_is_an_error_that_names_the_process()
    {
        var sim = new Simulation();
        Assert.Throws<InvalidOperationException>(() => sim.Hold(1)); // no process running

        IEnumerable<Event> YieldsOtherEvent()
        {
            sim.Hold(1);
            yield return sim.Timeout(2);
        }
        sim.Process(YieldsOtherEvent(), "other");
        var e1 = Assert.Throws<SimulationException>(() => sim.Run());
        Assert.Contains("'other'", e1.Message);
        Assert.Contains("yielded another event", e1.Message);

        var sim2 = new Simulation();
        Event? kept = null;
        IEnumerable<Event> KeepsMarker()
        {
            kept = sim2.Hold(1);
            yield return kept;
            yield return kept; // a stale marker, not a new hold
        }
        sim2.Process(KeepsMarker(), "stale");
        var e2 = Assert.Throws<SimulationException>(() => sim2.Run());
        Assert.Contains("'stale'", e2.Message);
        Assert.Contains("had not asked for", e2.Message);
        Assert.False(kept!.IsTriggered); // the marker never carries an outcome
        Assert.Throws<InvalidOperationException>(() => kept.AddCallback(_ => { }));
        Assert.Throws<ArgumentException>(() => sim2.AnyOf(kept, sim2.Timeout(1)));

        var sim3 = new Simulation();
        IEnumerable<Event> HoldsTwice()
        {
            sim3.Hold(1);
            yield return sim3.Hold(1);
        }
        sim3.Process(HoldsTwice(), "twice");
        var e3 = Assert.Throws<SimulationException>(() => sim3.Run());
        Assert.Contains("Hold twice", e3.Message);
    }

    [Fact]
    public void Holding_processes_allocate_nothing_in_steady_state()
    {
        var sim = new Simulation();
        var streams = new RandomStreams(7, 0);
        long resumes = 0;
        IEnumerable<Event> Sleeper(RandomStream stream)
        {
            while (true)
            {
                yield return sim.Hold(-Math.Log(stream.NextDouble()));
                resumes++;
            }
        }
        for (int i = 0; i < 1000; i++) sim.Process(Sleeper(streams.Get($"s{i}")), "sleeper");
        sim.Run(50); // warm-up: the event list has grown to its working size, the JIT has compiled
        long events0 = sim.ProcessedEvents;
        long before = GC.GetAllocatedBytesForCurrentThread();
        sim.Run(550);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long events = sim.ProcessedEvents - events0;
        // 1000 processes at rate 1 for 500 time units: about 500,000 wake-ups (Poisson, sd ~707).
        Assert.InRange(events, 495_000, 505_000);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Releases_and_process_starts_allocate_no_event_objects()
    {
        // A resource cycle (request, hold, release) allocates the Request the model holds and
        // nothing else: the release and the wake-ups are entries of the event list only.
        var sim = new Simulation();
        var desk = new Resource(sim, 2);
        long cycles = 0;
        IEnumerable<Event> Clerk()
        {
            while (true)
            {
                using (var request = desk.Request())
                {
                    yield return request;
                    yield return sim.Hold(1);
                }
                cycles++;
            }
        }
        for (int i = 0; i < 4; i++) sim.Process(Clerk(), "clerk");
        sim.Run(100);
        long cycles0 = cycles;
        long before = GC.GetAllocatedBytesForCurrentThread();
        sim.Run(10_100);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long done = cycles - cycles0;
        Assert.Equal(20_000, done); // 2 desks, one cycle per time unit each
        // The size of one Request, measured in the same warmed state (queues have room).
        long b0 = GC.GetAllocatedBytesForCurrentThread();
        _ = desk.Request();
        long perRequest = GC.GetAllocatedBytesForCurrentThread() - b0;
        Assert.InRange(perRequest, 1, 160);
        Assert.Equal(done * perRequest, allocated);
    }

    [Fact]
    public void Events_a_model_keeps_are_never_reused()
    {
        // Every timeout and request a model keeps stays its own object with its own outcome after
        // many more have been made and processed (the kernel pools nothing a model can hold).
        var sim = new Simulation();
        var desk = new Resource(sim, 1);
        var timeouts = new List<Timeout>();
        var requests = new List<Request>();
        IEnumerable<Event> Keeper()
        {
            for (int i = 0; i < 5000; i++)
            {
                var t = sim.Timeout(0.5, value: i);
                timeouts.Add(t);
                yield return t;
                var r = desk.Request();
                requests.Add(r);
                yield return r;
                yield return sim.Hold(0.5);
                r.Dispose();
            }
        }
        sim.Process(Keeper(), "keeper");
        sim.Process(Keeper(), "keeper-2");
        sim.Run();
        Assert.Equal(10_000, timeouts.Cast<object>().Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.Equal(10_000, requests.Cast<object>().Distinct(ReferenceEqualityComparer.Instance).Count());
        for (int i = 0; i < timeouts.Count; i++)
        {
            Assert.True(timeouts[i].IsProcessed);
            Assert.Equal(i / 2, (int)timeouts[i].Value!); // the two keepers alternate
        }
        Assert.All(requests, r => Assert.True(r.IsProcessed && r.Ok && !double.IsNaN(r.UsageSince)));
    }
}
