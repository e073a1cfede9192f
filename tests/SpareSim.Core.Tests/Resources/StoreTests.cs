using SpareSim.Core.Kernel;
using SpareSim.Core.Resources;

namespace SpareSim.Core.Tests.Resources;

public class StoreTests
{
    [Fact]
    public void Get_waits_for_a_put_and_items_leave_fifo()
    {
        var sim = new Simulation();
        var store = new Store<string>(sim);
        var got = new List<string>();
        IEnumerable<Event> Consumer()
        {
            for (int i = 0; i < 3; i++)
            {
                var get = store.Get();
                yield return get;
                got.Add($"{sim.Now}:{get.Item}");
            }
        }
        IEnumerable<Event> Producer()
        {
            yield return sim.Timeout(2);
            store.Put("a");
            store.Put("b");
            yield return sim.Timeout(3);
            store.Put("c");
        }
        sim.Process(Consumer());
        sim.Process(Producer());
        sim.Run();
        Assert.Equal(new[] { "2:a", "2:b", "5:c" }, got);
    }

    [Fact]
    public void Put_waits_for_room_when_the_store_is_full()
    {
        var sim = new Simulation();
        var store = new Store<int>(sim, capacity: 1);
        double secondStored = -1;
        IEnumerable<Event> Producer()
        {
            yield return store.Put(1);
            var put = store.Put(2);
            yield return put;
            secondStored = sim.Now;
        }
        sim.Process(Producer());
        sim.Timeout(7).AddCallback(_ => store.Get());
        sim.Run();
        Assert.Equal(7, secondStored);
        Assert.Equal(new[] { 2 }, store.Items);
    }

    [Fact]
    public void FilterStore_serves_a_later_matching_get_before_a_blocked_one()
    {
        var sim = new Simulation();
        var shelf = new FilterStore<string>(sim);
        var wantsAm = shelf.Get(p => p == "AM");
        var wantsCm = shelf.Get(p => p == "CM");
        shelf.Put("CM");
        sim.Run();
        Assert.True(wantsCm.IsProcessed);
        Assert.Equal("CM", wantsCm.Item);
        Assert.False(wantsAm.IsTriggered);
        shelf.Put("AM");
        sim.Run();
        Assert.Equal("AM", wantsAm.Item);
    }

    [Fact]
    public void PriorityStore_hands_out_the_smallest_item_fifo_among_equals()
    {
        var sim = new Simulation();
        var store = new PriorityStore<(int Priority, string Name)>(sim,
            Comparer<(int Priority, string Name)>.Create((a, b) => a.Priority.CompareTo(b.Priority)));
        store.Put((3, "x"));
        store.Put((1, "y"));
        store.Put((3, "z"));
        store.Put((1, "w"));
        var names = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            var g = store.Get();
            sim.Run();
            names.Add(g.Item.Name);
        }
        Assert.Equal(new[] { "y", "w", "x", "z" }, names);
    }
}
