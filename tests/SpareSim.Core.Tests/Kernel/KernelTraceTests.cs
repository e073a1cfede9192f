using SpareSim.Core.Kernel;

namespace SpareSim.Core.Tests.Kernel;

/// <summary>Whole event traces of small scenarios, checked against hand-derived expectations.</summary>
public class KernelTraceTests
{
    private static IEnumerable<Event> Clock(Simulation sim, string name, double tick, List<string> trace)
    {
        while (true)
        {
            trace.Add($"{sim.Now}:{name}");
            yield return sim.Timeout(tick);
        }
    }

    [Fact]
    public void Two_clocks_interleave_in_time_then_creation_order()
    {
        var sim = new Simulation();
        var trace = new List<string>();
        sim.Process(Clock(sim, "fast", 0.5, trace));
        sim.Process(Clock(sim, "slow", 1, trace));
        sim.Run(2);
        Assert.Equal(new[] { "0:fast", "0:slow", "0.5:fast", "1:slow", "1:fast", "1.5:fast" }, trace);
        Assert.Equal(2, sim.Now);
    }

    [Fact]
    public void Ties_are_broken_by_priority_then_scheduling_order()
    {
        var sim = new Simulation();
        var order = new List<string>();
        void Add(string name, int priority) => sim.Timeout(1, priority: priority).AddCallback(_ => order.Add(name));
        Add("a0", 0);
        Add("b5", 5);
        Add("c-1", -1);
        Add("d0", 0);
        Add("e5", 5);
        sim.Run();
        Assert.Equal(new[] { "c-1", "a0", "d0", "b5", "e5" }, order);
    }

    [Fact]
    public void Run_until_leaves_events_at_that_time_scheduled()
    {
        var sim = new Simulation();
        int fired = 0;
        sim.Timeout(5).AddCallback(_ => fired++);
        sim.Run(5);
        Assert.Equal(0, fired);
        Assert.Equal(5, sim.Peek());
        sim.Run(6);
        Assert.Equal(1, fired);
    }

    [Fact]
    public void Negative_delay_and_past_until_are_rejected()
    {
        var sim = new Simulation();
        Assert.Throws<ArgumentOutOfRangeException>(() => sim.Timeout(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => sim.Timeout(double.NaN));
        sim.Run(3);
        Assert.Throws<ArgumentOutOfRangeException>(() => sim.Run(2));
    }

    [Fact]
    public void A_process_waits_for_another_process()
    {
        var sim = new Simulation();
        var trace = new List<string>();
        IEnumerable<Event> Child()
        {
            yield return sim.Timeout(3);
            trace.Add($"child done {sim.Now}");
        }
        IEnumerable<Event> Parent()
        {
            var child = sim.Process(Child(), "child");
            yield return child;
            trace.Add($"parent resumed {sim.Now} ok={child.Ok}");
        }
        sim.Process(Parent(), "parent");
        sim.Run();
        Assert.Equal(new[] { "child done 3", "parent resumed 3 ok=True" }, trace);
    }

    [Fact]
    public void Event_succeeded_by_another_process_delivers_its_value()
    {
        var sim = new Simulation();
        var signal = sim.Event();
        object? received = null;
        double at = -1;
        IEnumerable<Event> Waiter()
        {
            yield return signal;
            received = signal.Value;
            at = sim.Now;
        }
        IEnumerable<Event> Sender()
        {
            yield return sim.Timeout(4);
            signal.Succeed("part arrived");
        }
        sim.Process(Waiter());
        sim.Process(Sender());
        sim.Run();
        Assert.Equal("part arrived", received);
        Assert.Equal(4, at);
        Assert.Throws<InvalidOperationException>(() => signal.Succeed());
    }

    [Fact]
    public void AnyOf_succeeds_with_the_first_and_AllOf_with_all()
    {
        var sim = new Simulation();
        double anyAt = -1, allAt = -1;
        int anyCount = -1, allCount = -1;
        IEnumerable<Event> P()
        {
            var a = sim.Timeout(2, "a");
            var b = sim.Timeout(5, "b");
            var any = sim.AnyOf(a, b);
            yield return any;
            anyAt = sim.Now;
            anyCount = ((Event[])any.Value!).Length;
            var all = sim.AllOf(a, b);
            yield return all;
            allAt = sim.Now;
            allCount = ((Event[])all.Value!).Length;
        }
        sim.Process(P());
        sim.Run();
        Assert.Equal(2, anyAt);
        Assert.Equal(1, anyCount);
        Assert.Equal(5, allAt);
        Assert.Equal(2, allCount);
    }

    [Fact]
    public void Conditions_on_processed_or_no_events_succeed_at_once()
    {
        var sim = new Simulation();
        var t = sim.Timeout(1);
        sim.Run();
        var all = sim.AllOf(t);
        var empty = sim.AnyOf();
        sim.Run();
        Assert.True(all.IsProcessed && all.Ok);
        Assert.True(empty.IsProcessed && empty.Ok);
        Assert.Equal(1, sim.Now);
    }

    [Fact]
    public void Interrupt_stops_the_wait_and_delivers_the_cause()
    {
        var sim = new Simulation();
        var trace = new List<string>();
        Process? worker = null;
        IEnumerable<Event> Work()
        {
            yield return sim.Timeout(10);
            if (worker!.TryGetInterrupt(out var cause))
            {
                trace.Add($"interrupted at {sim.Now} by {cause}");
                yield return sim.Timeout(1);
            }
            trace.Add($"finished at {sim.Now}");
        }
        IEnumerable<Event> Breaker()
        {
            yield return sim.Timeout(3);
            worker!.Interrupt("breakdown");
        }
        worker = sim.Process(Work(), "worker");
        sim.Process(Breaker(), "breaker");
        sim.Run();
        Assert.Equal(new[] { "interrupted at 3 by breakdown", "finished at 4" }, trace);
    }

    [Fact]
    public void An_interrupt_not_taken_fails_the_run_naming_the_process()
    {
        var sim = new Simulation();
        IEnumerable<Event> Work()
        {
            yield return sim.Timeout(10);
            yield return sim.Timeout(10);
        }
        var worker = sim.Process(Work(), "lathe-3");
        sim.Timeout(1).AddCallback(_ => worker.Interrupt("power cut"));
        var ex = Assert.Throws<SimulationException>(() => sim.Run());
        Assert.Contains("lathe-3", ex.Message);
        Assert.IsType<InterruptException>(ex.InnerException);
    }

    [Fact]
    public void An_exception_in_a_process_stops_the_run_naming_the_process()
    {
        var sim = new Simulation();
        IEnumerable<Event> Faulty()
        {
            yield return sim.Timeout(2);
            throw new InvalidOperationException("negative stock");
        }
        sim.Process(Faulty(), "stock-point");
        var ex = Assert.Throws<SimulationException>(() => sim.Run());
        Assert.Contains("stock-point", ex.Message);
        Assert.Contains("negative stock", ex.Message);
        Assert.Equal(2, sim.Now);
    }

    [Fact]
    public void A_failed_event_can_be_handled_by_the_waiting_process()
    {
        var sim = new Simulation();
        var order = sim.Event();
        string? handled = null;
        Process? p = null;
        IEnumerable<Event> Buyer()
        {
            yield return order;
            if (p!.TryGetFault(out var error)) handled = error!.Message;
        }
        p = sim.Process(Buyer(), "buyer");
        sim.Timeout(1).AddCallback(_ => order.Fail(new InvalidOperationException("supplier down")));
        sim.Run();
        Assert.Equal("supplier down", handled);
        Assert.True(p.Ok);
    }

    [Fact]
    public void A_failed_child_process_propagates_to_a_parent_that_does_not_handle_it()
    {
        var sim = new Simulation();
        IEnumerable<Event> Child()
        {
            yield return sim.Timeout(1);
            throw new InvalidOperationException("boom");
        }
        IEnumerable<Event> Parent()
        {
            yield return sim.Process(Child(), "child");
        }
        sim.Process(Parent(), "parent");
        var ex = Assert.Throws<SimulationException>(() => sim.Run());
        Assert.Contains("parent", ex.Message);
    }

    [Fact]
    public void Processed_event_count_matches_the_trace()
    {
        var sim = new Simulation();
        IEnumerable<Event> P()
        {
            for (int i = 0; i < 10; i++) yield return sim.Timeout(1);
        }
        sim.Process(P());
        sim.Run();
        // 1 start event + 10 timeouts + the process's own completion.
        Assert.Equal(12, sim.ProcessedEvents);
        Assert.Equal(10, sim.Now);
    }
}
