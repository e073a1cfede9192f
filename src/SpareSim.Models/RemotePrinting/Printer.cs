using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Core.Resources;

namespace SpareSim.Models.RemotePrinting;

/// <summary>
/// The on-site printer: prints overnight, at most <see cref="RemoteSiteConfiguration.PrintCapacityPerNight"/>
/// parts, each unusable with a given probability; breaks down and is repaired (a process); draws
/// raw material from a store (a <see cref="Container"/>) that the convoy tops up to its base stock.
/// </summary>
public sealed class Printer
{
    private readonly Simulation _simulation;
    private readonly RemoteSiteConfiguration _c;
    private readonly RandomStream _quality;
    private readonly RandomStream _breakdowns;

    /// <summary>Creates the printer with a full raw-material store.</summary>
    public Printer(Simulation simulation, RemoteSiteConfiguration configuration, RandomStreams streams)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(streams);
        _simulation = simulation;
        _c = configuration;
        _quality = streams.Get("print-quality");
        _breakdowns = streams.Get("printer-breakdowns");
        if (double.IsFinite(configuration.RawMaterialBaseStockCc) && configuration.PrintVolumeCc > 0)
            RawMaterial = configuration.RawMaterialBaseStockCc > 0
                ? new Container(simulation, configuration.RawMaterialBaseStockCc, configuration.RawMaterialBaseStockCc)
                : null;
        MaterialLimited = double.IsFinite(configuration.RawMaterialBaseStockCc) && configuration.PrintVolumeCc > 0;
    }

    /// <summary>Whether the printer works now.</summary>
    public bool IsUp { get; private set; } = true;

    /// <summary>The raw-material store (null when material is unlimited or the base stock is 0).</summary>
    public Container? RawMaterial { get; }

    /// <summary>Whether raw material limits printing.</summary>
    public bool MaterialLimited { get; }

    /// <summary>Breakdowns so far.</summary>
    public long BreakdownCount { get; private set; }

    /// <summary>Starts the breakdown process when the configuration has one.</summary>
    public void Start()
    {
        if (_c.PrinterUptime is not null) _simulation.Process(Breakdowns(_c.PrinterUptime, _c.PrinterRepairTime!), "printer breakdowns");
    }

    /// <summary>Prints up to <paramref name="requested"/> parts tonight; returns the attempts and the usable parts.</summary>
    public (int Attempts, int Usable) Print(int requested)
    {
        if (requested < 0) throw new ArgumentOutOfRangeException(nameof(requested), requested, "must be non-negative");
        if (!IsUp || requested == 0) return (0, 0);
        int attempts = Math.Min(requested, _c.PrintCapacityPerNight);
        if (MaterialLimited)
        {
            double level = RawMaterial?.Level ?? 0;
            attempts = Math.Min(attempts, (int)Math.Floor(level / _c.PrintVolumeCc + 1e-9));
            if (attempts > 0) RawMaterial!.Get(attempts * _c.PrintVolumeCc);
        }
        int usable = 0;
        for (int i = 0; i < attempts; i++)
            if (_c.PrintFailureProbability == 0 || _quality.NextDouble() >= _c.PrintFailureProbability) usable++;
        return (attempts, usable);
    }

    /// <summary>Tops the raw-material store up to its base stock (at a convoy); returns the cc added.</summary>
    public double Replenish()
    {
        if (RawMaterial is null) return 0;
        double missing = RawMaterial.Capacity - RawMaterial.Level;
        if (missing > 0) RawMaterial.Put(missing);
        return missing;
    }

    private IEnumerable<Event> Breakdowns(IDistribution uptime, IDistribution repair)
    {
        while (true)
        {
            yield return _simulation.Timeout(uptime.Sample(_breakdowns));
            IsUp = false;
            BreakdownCount++;
            yield return _simulation.Timeout(repair.Sample(_breakdowns));
            IsUp = true;
        }
    }
}
