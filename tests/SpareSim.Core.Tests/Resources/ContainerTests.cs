using SpareSim.Core.Kernel;
using SpareSim.Core.Resources;

namespace SpareSim.Core.Tests.Resources;

public class ContainerTests
{
    [Fact]
    public void Get_waits_until_the_level_covers_it_and_put_until_there_is_room()
    {
        var sim = new Simulation();
        var powder = new Container(sim, capacity: 10, initialLevel: 4);
        double gotAt = -1, putAt = -1;
        IEnumerable<Event> Printer()
        {
            yield return powder.Get(6);
            gotAt = sim.Now;
        }
        IEnumerable<Event> Convoy()
        {
            yield return sim.Timeout(5);
            yield return powder.Put(5); // level 9: the waiting get of 6 is served at once
            putAt = sim.Now;
        }
        sim.Process(Printer());
        sim.Process(Convoy());
        sim.Run();
        Assert.Equal(5, gotAt);
        Assert.Equal(5, putAt);
        Assert.Equal(3, powder.Level);
    }

    [Fact]
    public void Put_blocks_while_full()
    {
        var sim = new Simulation();
        var c = new Container(sim, capacity: 5, initialLevel: 5);
        var put = c.Put(2);
        sim.Run();
        Assert.False(put.IsTriggered);
        c.Get(3);
        sim.Run();
        Assert.True(put.IsProcessed);
        Assert.Equal(4, c.Level);
    }

    [Fact]
    public void Bad_amounts_are_rejected()
    {
        var c = new Container(new Simulation(), capacity: 5);
        Assert.Throws<ArgumentOutOfRangeException>(() => c.Get(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => c.Put(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => c.Put(6));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Container(new Simulation(), 5, 6));
    }
}
