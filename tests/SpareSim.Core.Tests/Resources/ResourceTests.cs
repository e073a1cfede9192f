using SpareSim.Core.Kernel;
using SpareSim.Core.Resources;

namespace SpareSim.Core.Tests.Resources;

public class ResourceTests
{
    [Fact]
    public void Capacity_limits_users_and_the_queue_is_served_by_priority_then_fifo()
    {
        var sim = new Simulation();
        var res = new Resource(sim, capacity: 1);
        var log = new List<string>();
        IEnumerable<Event> User(string name, double arrive, int priority, double hold)
        {
            yield return sim.Timeout(arrive);
            using var req = res.Request(priority);
            yield return req;
            log.Add($"{sim.Now}:{name}");
            yield return sim.Timeout(hold);
        }
        sim.Process(User("A", 0, 5, 10));
        sim.Process(User("B", 1, 5, 1));
        sim.Process(User("C", 2, 1, 1));
        sim.Process(User("D", 3, 5, 1));
        sim.Run();
        Assert.Equal(new[] { "0:A", "10:C", "11:B", "12:D" }, log);
        Assert.Equal(0, res.Count);
    }

    [Fact]
    public void Preemption_interrupts_the_lower_priority_user_with_its_usage_time()
    {
        var sim = new Simulation();
        var repairman = new Resource(sim, 1);
        var log = new List<string>();
        Process? job = null;
        IEnumerable<Event> OtherJob()
        {
            double left = 30;
            while (left > 0)
            {
                using var req = repairman.Request(priority: 2, preempt: false);
                yield return req;
                double start = sim.Now;
                yield return sim.Timeout(left);
                if (job!.TryGetInterrupt(out var cause))
                {
                    var p = (Preempted)cause!;
                    left -= sim.Now - start;
                    log.Add($"{sim.Now}:preempted since {p.UsageSince} by {p.By?.Name}, left {left}");
                }
                else
                {
                    left = 0;
                }
            }
            log.Add($"{sim.Now}:job done");
        }
        IEnumerable<Event> Breakdown()
        {
            yield return sim.Timeout(10);
            using var req = repairman.Request(priority: 1, preempt: true);
            yield return req;
            log.Add($"{sim.Now}:repair starts");
            yield return sim.Timeout(30);
        }
        job = sim.Process(OtherJob(), "job");
        sim.Process(Breakdown(), "machine");
        sim.Run();
        Assert.Equal(new[] { "10:preempted since 0 by machine, left 20", "10:repair starts", "60:job done" }, log);
    }

    [Fact]
    public void Disposing_a_waiting_request_withdraws_it()
    {
        var sim = new Simulation();
        var res = new Resource(sim, 1);
        var first = res.Request();
        var second = res.Request();
        Assert.Single(res.PutQueue);
        second.Dispose();
        Assert.Empty(res.PutQueue);
        first.Dispose();
        sim.Run();
        Assert.Equal(0, res.Count);
        Assert.False(second.IsTriggered);
    }

    [Fact]
    public void Bad_capacity_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Resource(new Simulation(), 0));
}
