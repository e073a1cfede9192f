using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Core.Resources;

namespace SpareSim.Core.Tests.Resources;

/// <summary>
/// Resource.Seize (the process waits in the resource's queue itself) and Release(): one service
/// order with Request(), preemption as with a request, no allocation, and no object a model
/// keeps is ever reused.
/// </summary>
public class SeizeTests
{
    [Fact]
    public void Seizes_and_requests_are_served_by_priority_then_first_come_first_served()
    {
        // Hand-worked (the request test's case with A and C seizing): A holds 0-10; B (5), C (1),
        // D (5) arrive at 1, 2, 3; C's better priority goes first: C@10, B@11, D@12.
        var sim = new Simulation();
        var res = new Resource(sim, capacity: 1);
        var log = new List<string>();
        IEnumerable<Event> Seizer(string name, double arrive, int priority, double hold)
        {
            yield return sim.Hold(arrive);
            yield return res.Seize(priority);
            log.Add($"{sim.Now}:{name}");
            yield return sim.Hold(hold);
            Assert.True(res.Release());
        }
        IEnumerable<Event> Requester(string name, double arrive, int priority, double hold)
        {
            yield return sim.Hold(arrive);
            using var req = res.Request(priority);
            yield return req;
            log.Add($"{sim.Now}:{name}");
            yield return sim.Hold(hold);
        }
        sim.Process(Seizer("A", 0, 5, 10));
        var b = sim.Process(Requester("B", 1, 5, 1));
        var c = sim.Process(Seizer("C", 2, 1, 1));
        sim.Process(Requester("D", 3, 5, 1));
        sim.Run(5);
        Assert.Equal(3, res.PutQueue.Count);
        Assert.Same(c, res.PutQueue[0]); // the seizing process itself is the entry
        Assert.IsType<Request>(res.PutQueue[1]);
        Assert.IsType<Request>(res.PutQueue[2]);
        Assert.Single(res.Users);
        sim.Run();
        Assert.Equal(new[] { "0:A", "10:C", "11:B", "12:D" }, log);
        Assert.Equal(0, res.Count);
        Assert.Empty(res.PutQueue);
    }

    [Fact]
    public void A_preempted_seizer_is_interrupted_with_its_usage_time_and_holds_nothing()
    {
        // The request test's case with both sides seizing: the job holds from 0, the machine
        // preempts at 10, repairs until 40, and the job finishes its 20 left at 60.
        var sim = new Simulation();
        var repairman = new Resource(sim, 1);
        var log = new List<string>();
        IEnumerable<Event> OtherJob()
        {
            var self = sim.ActiveProcess!;
            double left = 30;
            while (left > 0)
            {
                yield return repairman.Seize(priority: 2);
                double start = sim.Now;
                yield return sim.Hold(left);
                if (self.TryGetInterrupt(out var cause))
                {
                    var p = (Preempted)cause!;
                    left -= sim.Now - start;
                    log.Add($"{sim.Now}:preempted since {p.UsageSince} by {p.By?.Name}, left {left}, released {repairman.Release()}");
                }
                else
                {
                    left = 0;
                    log.Add($"{sim.Now}:released {repairman.Release()}");
                }
            }
        }
        IEnumerable<Event> Breakdown()
        {
            yield return sim.Hold(10);
            yield return repairman.Seize(priority: 1, preempt: true);
            log.Add($"{sim.Now}:repair starts");
            yield return sim.Hold(30);
            repairman.Release();
        }
        sim.Process(OtherJob(), "job");
        sim.Process(Breakdown(), "machine");
        sim.Run();
        Assert.Equal(new[] { "10:preempted since 0 by machine, left 20, released False", "10:repair starts", "60:released True" }, log);
    }

    [Fact]
    public void An_interrupted_seizer_leaves_the_queue_and_the_unit_goes_to_the_next()
    {
        var sim = new Simulation();
        var res = new Resource(sim, 1);
        var log = new List<string>();
        Process? waiting = null;
        IEnumerable<Event> Holder()
        {
            yield return res.Seize();
            yield return sim.Hold(2);
            res.Release();
        }
        IEnumerable<Event> Seizer(string name)
        {
            var self = sim.ActiveProcess!;
            yield return res.Seize();
            if (self.TryGetInterrupt(out var cause)) log.Add($"{name} interrupted ({cause})@{sim.Now}, released {res.Release()}");
            else log.Add($"{name} holds@{sim.Now}, released {res.Release()}");
        }
        IEnumerable<Event> Driver()
        {
            yield return sim.Hold(1);
            waiting!.Interrupt("stop");
        }
        sim.Process(Holder());
        waiting = sim.Process(Seizer("A"));
        sim.Process(Seizer("B"));
        sim.Process(Driver());
        sim.Run();
        Assert.Equal(new[] { "A interrupted (stop)@1, released False", "B holds@2, released True" }, log);
        Assert.Empty(res.PutQueue);
        Assert.Equal(0, res.Count);
    }

    [Fact]
    public void A_seizer_granted_at_the_instant_of_its_interrupt_holds_the_unit()
    {
        // The holder releases at 1 and, in the same step, interrupts the waiting seizer: the unit
        // is granted before the interrupt is delivered, so the seizer resumes interrupted and
        // holding (as a request granted then would be), and Release() says so.
        var sim = new Simulation();
        var res = new Resource(sim, 1);
        string? outcome = null;
        Process? seizer = null;
        IEnumerable<Event> Holder()
        {
            yield return res.Seize();
            yield return sim.Hold(1);
            res.Release();
            seizer!.Interrupt();
        }
        IEnumerable<Event> Seizer()
        {
            var self = sim.ActiveProcess!;
            yield return res.Seize();
            outcome = $"interrupted {self.TryGetInterrupt(out _)}, count {res.Count}, released {res.Release()}";
        }
        sim.Process(Holder());
        seizer = sim.Process(Seizer());
        sim.Run();
        Assert.Equal("interrupted True, count 1, released True", outcome);
        Assert.Equal(0, res.Count);
    }

    [Fact]
    public void Seize_with_preemption_keeps_the_event_count_and_order_of_Request()
    {
        // A random shop twice, once with requests and once with seizes (and once half and half):
        // 3 units, 9 users of random priority, a third preemptive, random service times, preempted
        // users resuming their rest. The event counts and every (time, user, what) must agree
        // exactly, since the kernel must resume a seizer at the position of its request's event.
        static (long Events, List<string> Trace) Run(Func<int, bool> seizes)
        {
            var sim = new Simulation();
            var streams = new RandomStreams(17, 0);
            var res = new Resource(sim, 3);
            var trace = new List<string>();
            IEnumerable<Event> User(int id)
            {
                var self = sim.ActiveProcess!;
                var random = streams.Get($"u{id}");
                int priority = id % 4;
                bool preempt = id % 3 == 0;
                bool seize = seizes(id);
                for (int k = 0; ; k++)
                {
                    yield return sim.Hold(-3 * Math.Log(random.NextDouble()));
                    double left = -2 * Math.Log(random.NextDouble());
                    while (left > 0)
                    {
                        Request? request = null;
                        if (seize) yield return res.Seize(priority, preempt);
                        else yield return request = res.Request(priority, preempt);
                        trace.Add($"{sim.Now:R}/{id}/granted");
                        double start = sim.Now;
                        yield return sim.Hold(left);
                        if (self.TryGetInterrupt(out var cause))
                        {
                            left -= sim.Now - start;
                            trace.Add($"{sim.Now:R}/{id}/preempted since {((Preempted)cause!).UsageSince:R} by {((Preempted)cause!).By!.Name}");
                        }
                        else
                        {
                            left = 0;
                        }
                        if (seize) res.Release();
                        else request!.Dispose();
                    }
                }
            }
            for (int u = 0; u < 9; u++) sim.Process(User(u), $"user-{u}");
            sim.Run(20_000);
            return (sim.ProcessedEvents, trace);
        }
        var withRequests = Run(_ => false);
        var withSeizes = Run(_ => true);
        var mixed = Run(id => id % 2 == 0);
        int preemptions = withRequests.Trace.Count(t => t.Contains("preempted"));
        Assert.True(withRequests.Trace.Count > 30_000 && preemptions > 1_000, $"{withRequests.Trace.Count} entries, {preemptions} preemptions");
        Assert.Equal(withRequests.Events, withSeizes.Events);
        Assert.Equal(withRequests.Trace, withSeizes.Trace);
        Assert.Equal(withRequests.Events, mixed.Events);
        Assert.Equal(withRequests.Trace, mixed.Trace);
    }

    [Fact]
    public void Seize_misuse_is_reported()
    {
        var sim = new Simulation();
        var res = new Resource(sim, 1);
        Assert.Throws<InvalidOperationException>(() => res.Seize()); // no process running
        Assert.Throws<InvalidOperationException>(() => res.Release());
        Event? kept = null;
        IEnumerable<Event> Wrong()
        {
            kept = res.Seize();
            yield return sim.Timeout(1);
        }
        IEnumerable<Event> Twice(Resource other)
        {
            _ = other.Seize();
            yield return other.Simulation.Hold(1);
        }
        IEnumerable<Event> Idle()
        {
            Assert.False(res.Release()); // holds nothing: not an error
            yield break;
        }
        sim.Process(Idle(), "idle");
        sim.Process(Wrong(), "wrong");
        var error = Assert.Throws<SimulationException>(() => sim.Run());
        Assert.Contains("called Seize but yielded another event", error.Message);
        Assert.Throws<InvalidOperationException>(() => kept!.AddCallback(_ => { }));
        Assert.Throws<ArgumentException>(() => sim.AnyOf(kept!, sim.Timeout(1)));
        var sim2 = new Simulation();
        sim2.Process(Twice(new Resource(sim2, 1)), "twice");
        error = Assert.Throws<SimulationException>(() => sim2.Run());
        Assert.Contains("called Seize and then Hold", error.Message);
    }

    [Fact]
    public void Seizing_holding_and_releasing_allocate_nothing_in_steady_state()
    {
        var sim = new Simulation();
        var res = new Resource(sim, 2);
        var streams = new RandomStreams(5, 0);
        long served = 0;
        IEnumerable<Event> Worker(RandomStream stream, int priority)
        {
            while (true)
            {
                yield return sim.Hold(-Math.Log(stream.NextDouble()));
                yield return res.Seize(priority);
                yield return sim.Hold(-0.3 * Math.Log(stream.NextDouble()));
                res.Release();
                served++;
            }
        }
        // 6 workers (fewer than the queue's 8 entries, so it never grows) at rate 1 each on 2
        // units of mean service 0.3: utilisation about 0.7, so seizes often wait.
        for (int i = 0; i < 6; i++) sim.Process(Worker(streams.Get($"w{i}"), i % 2), "worker");
        sim.Run(1_000);
        long served0 = served;
        long before = GC.GetAllocatedBytesForCurrentThread();
        sim.Run(41_000);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(served - served0 > 150_000, $"{served - served0} served");
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Requests_and_timeouts_a_model_keeps_are_never_reused_with_seizes_in_between()
    {
        var sim = new Simulation();
        var desk = new Resource(sim, 1);
        var kept = new List<(Event Event, object? Expected, double Since)>();
        IEnumerable<Event> Worker(int id)
        {
            for (int k = 0; k < 300; k++)
            {
                var timeout = sim.Timeout(1, value: id * 1000 + k);
                yield return timeout;
                kept.Add((timeout, id * 1000 + k, double.NaN));
                var request = desk.Request();
                yield return request;
                kept.Add((request, null, sim.Now));
                yield return sim.Hold(0.25);
                request.Dispose();
                yield return desk.Seize(); // the allocation-free waits in between
                yield return sim.Hold(0.25);
                desk.Release();
            }
        }
        for (int i = 0; i < 3; i++) sim.Process(Worker(i));
        sim.Run();
        Assert.Equal(kept.Count, kept.Select(k => k.Event).Distinct(ReferenceEqualityComparer.Instance).Count());
        foreach (var (ev, expected, since) in kept)
        {
            Assert.True(ev.IsProcessed);
            Assert.Equal(expected, ev.Value);
            if (ev is Request request) Assert.Equal(since, request.UsageSince);
        }
    }
}
