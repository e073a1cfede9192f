using SpareSim.Core.Kernel;
using SpareSim.Core.Random;

namespace SpareSim.Core.Tests.Kernel;

/// <summary>
/// Interrupts are urgent entries that name the process, with their causes queued by the
/// simulation: every cause reaches its process, in scheduling order, whatever it is (null, an
/// exception, a value), and an interrupt allocates nothing.
/// </summary>
public class InterruptTests
{
    [Fact]
    public void Causes_of_every_kind_reach_their_processes_in_scheduling_order()
    {
        // At t=1 the driver interrupts A (null), B (an exception as the cause), A again ("again")
        // and C (42). A takes its first interrupt, holds 0 and is resumed at once by its second
        // (still t=1); B's exception is a cause, not a fault.
        var sim = new Simulation();
        var log = new List<string>();
        var error = new InvalidOperationException("jam");
        IEnumerable<Event> Victim(string name, int interrupts)
        {
            var self = sim.ActiveProcess!;
            for (int k = 0; k < interrupts; k++)
            {
                yield return sim.Hold(100);
                Assert.False(self.TryGetFault(out _));
                Assert.True(self.TryGetInterrupt(out var cause));
                log.Add($"{sim.Now}:{name}:{cause switch { null => "null", Exception e => "exception " + e.Message, _ => cause }}");
            }
        }
        Process a = sim.Process(Victim("A", 2)), b = sim.Process(Victim("B", 1)), c = sim.Process(Victim("C", 1));
        IEnumerable<Event> Driver()
        {
            yield return sim.Hold(1);
            a.Interrupt();
            b.Interrupt(error);
            a.Interrupt("again");
            c.Interrupt(42);
        }
        sim.Process(Driver());
        sim.Run();
        Assert.Equal(new[] { "1:A:null", "1:B:exception jam", "1:A:again", "1:C:42" }, log);
    }

    [Fact]
    public void An_interrupt_for_a_process_that_ended_meanwhile_is_dropped_and_the_next_cause_is_not_shifted()
    {
        var sim = new Simulation();
        var log = new List<string>();
        IEnumerable<Event> Short()
        {
            yield break;
        }
        IEnumerable<Event> Long()
        {
            var self = sim.ActiveProcess!;
            yield return sim.Hold(10);
            self.TryGetInterrupt(out var cause);
            log.Add($"{sim.Now}:{cause}");
        }
        Process? gone = null, waiting = null;
        IEnumerable<Event> Driver()
        {
            // The driver starts first: 'gone' has not started when it is interrupted, and has
            // ended when the interrupt is reached (its start comes before the interrupt).
            gone!.Interrupt("lost");
            waiting!.Interrupt("kept");
            yield break;
        }
        sim.Process(Driver());
        gone = sim.Process(Short());
        waiting = sim.Process(Long());
        sim.Run();
        Assert.False(gone.IsAlive);
        Assert.Equal(new[] { "0:kept" }, log);
    }

    [Fact]
    public void Interrupts_allocate_nothing_in_steady_state()
    {
        var sim = new Simulation();
        var streams = new RandomStreams(3, 0);
        var machines = new Process[8];
        long repairs = 0;
        const string Breakdown = "breakdown";
        IEnumerable<Event> Machine()
        {
            var self = sim.ActiveProcess!;
            while (true)
            {
                // Short enough that the stale entries of interrupted holds expire and the event
                // list keeps its working size.
                yield return sim.Hold(5);
                if (self.TryGetInterrupt(out var cause) && ReferenceEquals(cause, Breakdown)) repairs++;
                yield return sim.Hold(0.1);
                self.TryGetInterrupt(out _); // one during the repair is ignored
            }
        }
        IEnumerable<Event> Breaker(RandomStream stream)
        {
            while (true)
            {
                yield return sim.Hold(-Math.Log(stream.NextDouble()));
                var machine = machines[(int)(stream.NextDouble() * machines.Length)];
                if (machine.Target is not null) machine.Interrupt(Breakdown); // waiting in its long hold or its repair
            }
        }
        for (int i = 0; i < machines.Length; i++) machines[i] = sim.Process(Machine(), $"machine-{i}");
        IEnumerable<Event> Nulls(RandomStream stream)
        {
            while (true)
            {
                yield return sim.Hold(-Math.Log(stream.NextDouble()));
                machines[0].Interrupt();
            }
        }
        sim.Process(Breaker(streams.Get("b")));
        sim.Process(Nulls(streams.Get("n")));
        sim.Run(1_000);
        long repairs0 = repairs;
        long before = GC.GetAllocatedBytesForCurrentThread();
        sim.Run(31_000);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(repairs - repairs0 > 25_000, $"{repairs - repairs0} repairs");
        Assert.Equal(0, allocated);
    }
}
