using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Models.InstalledBases;

namespace SpareSim.Models.Suppliers;

/// <summary>
/// An uncapacitated source of one part version: every order is delivered after its own lead time,
/// drawn independently from the lead-time law (orders may overtake each other), as in an
/// M/G/∞ pipeline.
/// </summary>
public sealed class Supplier
{
    private readonly Simulation _simulation;
    private readonly IDistribution _leadTime;
    private readonly RandomStream _stream;
    private readonly Action<Event> _deliver;
    private IPartReceiver? _receiver;

    /// <summary>A supplier of <paramref name="version"/> drawing lead times from stream "lead-times/cm" or "lead-times/am".</summary>
    public Supplier(Simulation simulation, RandomStreams streams, PartVersion version, IDistribution leadTime)
    {
        ArgumentNullException.ThrowIfNull(streams);
        _simulation = simulation ?? throw new ArgumentNullException(nameof(simulation));
        _leadTime = leadTime ?? throw new ArgumentNullException(nameof(leadTime));
        Version = version;
        _stream = streams.Get(version == PartVersion.Cm ? "lead-times/cm" : "lead-times/am");
        // One delegate for all orders: the arrival callback allocates nothing per order.
        _deliver = Deliver;
    }

    /// <summary>The version this supplier delivers.</summary>
    public PartVersion Version { get; }

    /// <summary>Orders placed and not yet delivered (the pipeline).</summary>
    public int Outstanding { get; private set; }

    /// <summary>Sets where deliveries go. Call once before the first order.</summary>
    public void DeliverTo(IPartReceiver receiver)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        if (_receiver is not null) throw new InvalidOperationException("the supplier already has a receiver");
        _receiver = receiver;
    }

    /// <summary>Places one order now; it arrives after a lead time drawn from the lead-time law.</summary>
    public void Order()
    {
        if (_receiver is null) throw new InvalidOperationException("the supplier has no receiver: call DeliverTo first");
        Outstanding++;
        _simulation.Timeout(_leadTime.Sample(_stream)).AddCallback(_deliver);
    }

    private void Deliver(Event arrival)
    {
        Outstanding--;
        _receiver!.OnArrival(Version);
    }
}
