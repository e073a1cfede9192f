using SpareSim.Core.Kernel;

namespace SpareSim.Core.Tests.Kernel;

/// <summary>
/// An event keeps its waiters in one field (a process, one callback, or a list): every mix of
/// processes and callbacks must run in the order it was added, and removal must find each form.
/// </summary>
public class EventWaiterTests
{
    [Fact]
    public void Waiters_run_in_the_order_they_were_added_whatever_their_mix()
    {
        var sim = new Simulation();
        var log = new List<string>();
        var ev = sim.Event();
        IEnumerable<Event> Waiter(string name)
        {
            yield return ev;
            log.Add(name);
        }

        ev.AddCallback(_ => log.Add("callback-1"));   // stored alone first
        sim.Process(Waiter("process-1"));            // joins it in a list when it starts
        sim.Run();                                   // the process is now waiting
        ev.AddCallback(_ => log.Add("callback-2"));
        sim.Process(Waiter("process-2"));
        sim.Run();
        ev.Succeed();
        sim.Run();

        Assert.Equal(["callback-1", "process-1", "callback-2", "process-2"], log);
    }

    [Fact]
    public void A_process_waiting_alone_runs_before_callbacks_added_after_it()
    {
        var sim = new Simulation();
        var log = new List<string>();
        var ev = sim.Event();
        IEnumerable<Event> Waiter()
        {
            yield return ev;
            log.Add("process");
        }

        sim.Process(Waiter());
        sim.Run();
        ev.AddCallback(_ => log.Add("callback"));
        ev.Succeed();
        sim.Run();

        Assert.Equal(["process", "callback"], log);
    }

    [Fact]
    public void Removing_callbacks_finds_a_single_one_and_one_in_a_list()
    {
        var sim = new Simulation();
        int a = 0, b = 0;
        Action<Event> first = _ => a++, second = _ => b++;

        var single = sim.Timeout(1);
        single.AddCallback(first);
        Assert.False(single.RemoveCallback(second));
        Assert.True(single.RemoveCallback(first));
        Assert.False(single.RemoveCallback(first));
        single.AddCallback(second); // the field is free again

        var listed = sim.Timeout(1);
        listed.AddCallback(first);
        listed.AddCallback(second);
        Assert.True(listed.RemoveCallback(first));

        sim.Run();
        Assert.Equal(0, a);
        Assert.Equal(2, b);
    }

    [Fact]
    public void An_interrupt_takes_a_process_off_a_shared_event_and_leaves_the_callbacks()
    {
        var sim = new Simulation();
        var log = new List<string>();
        var ev = sim.Event();
        IEnumerable<Event> Waiter()
        {
            yield return ev;
            log.Add(sim.ActiveProcess!.TryGetInterrupt(out _) ? "interrupted" : "woken by the event");
        }

        ev.AddCallback(_ => log.Add("callback"));
        var process = sim.Process(Waiter());
        sim.Run();
        process.Interrupt();
        sim.Run();
        ev.Succeed();
        sim.Run();

        Assert.Equal(["interrupted", "callback"], log);
    }
}
