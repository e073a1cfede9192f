using SpareSim.Core.Kernel;

namespace SpareSim.Core.Resources;

/// <summary>
/// A continuous or discrete amount of homogeneous matter (raw printing material, fuel) with a
/// capacity. A get waits until the level covers it; a put waits until there is room.
/// Requests are served first come first served.
/// </summary>
public sealed class Container : ResourceBase<ContainerRequest, ContainerRequest>
{
    /// <summary>Creates a container with <paramref name="capacity"/> and an initial level.</summary>
    public Container(Simulation simulation, double capacity = double.PositiveInfinity, double initialLevel = 0) : base(simulation)
    {
        if (!(capacity > 0)) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity must be > 0");
        if (!(initialLevel >= 0) || initialLevel > capacity)
            throw new ArgumentOutOfRangeException(nameof(initialLevel), initialLevel, "the initial level must be in [0, capacity]");
        Capacity = capacity;
        Level = initialLevel;
    }

    /// <summary>The capacity.</summary>
    public double Capacity { get; }

    /// <summary>The current level.</summary>
    public double Level { get; private set; }

    /// <summary>Puts <paramref name="amount"/> (&gt; 0).</summary>
    public ContainerRequest Put(double amount)
    {
        var request = new ContainerRequest(Simulation, CheckAmount(amount));
        EnqueuePut(request);
        return request;
    }

    /// <summary>Takes <paramref name="amount"/> (&gt; 0).</summary>
    public ContainerRequest Get(double amount)
    {
        var request = new ContainerRequest(Simulation, CheckAmount(amount));
        EnqueueGet(request);
        return request;
    }

    /// <inheritdoc />
    protected override bool TryPut(ContainerRequest request)
    {
        if (Capacity - Level < request.Amount) return false;
        Level += request.Amount;
        request.Succeed(request.Amount);
        return true;
    }

    /// <inheritdoc />
    protected override bool TryGet(ContainerRequest request)
    {
        if (Level < request.Amount) return false;
        Level -= request.Amount;
        request.Succeed(request.Amount);
        return true;
    }

    private double CheckAmount(double amount)
    {
        if (!(amount > 0) || double.IsInfinity(amount)) throw new ArgumentOutOfRangeException(nameof(amount), amount, "amount must be positive and finite");
        if (amount > Capacity) throw new ArgumentOutOfRangeException(nameof(amount), amount, $"amount exceeds the capacity {Capacity}");
        return amount;
    }
}
