using SpareSim.Core.Kernel;
using SpareSim.Models.InstalledBases;

namespace SpareSim.Models.StockPoints;

/// <summary>
/// A stock point with stock per part version and a first-in first-out queue of down systems
/// (backorders). A part that arrives goes to the longest-waiting down system, else to stock.
/// </summary>
public sealed class StockPoint
{
    private readonly Simulation _simulation;
    private readonly Queue<(int System, Event Repaired)> _waiting = new();

    /// <summary>A stock point holding <paramref name="stockCm"/> CM and <paramref name="stockAm"/> AM spares.</summary>
    public StockPoint(Simulation simulation, int stockCm, int stockAm)
    {
        _simulation = simulation ?? throw new ArgumentNullException(nameof(simulation));
        ArgumentOutOfRangeException.ThrowIfNegative(stockCm);
        ArgumentOutOfRangeException.ThrowIfNegative(stockAm);
        StockCm = stockCm;
        StockAm = stockAm;
    }

    /// <summary>CM spares on hand.</summary>
    public int StockCm { get; private set; }

    /// <summary>AM spares on hand.</summary>
    public int StockAm { get; private set; }

    /// <summary>Down systems waiting for a part.</summary>
    public int Backorders => _waiting.Count;

    /// <summary>Spares on hand of <paramref name="version"/>.</summary>
    public int Stock(PartVersion version) => version == PartVersion.Cm ? StockCm : StockAm;

    /// <summary>
    /// Takes a spare: <paramref name="preferred"/> when both versions are on hand, the one on hand
    /// otherwise. Returns false (and takes nothing) when the stock is empty.
    /// </summary>
    public bool TryTake(PartVersion preferred, out PartVersion taken)
    {
        if (StockCm > 0 && (preferred == PartVersion.Cm || StockAm == 0))
        {
            StockCm--;
            taken = PartVersion.Cm;
            return true;
        }
        if (StockAm > 0)
        {
            StockAm--;
            taken = PartVersion.Am;
            return true;
        }
        taken = preferred;
        return false;
    }

    /// <summary>Puts <paramref name="system"/> at the back of the queue; the event succeeds when a part is installed into it.</summary>
    public Event Backorder(int system)
    {
        var repaired = _simulation.Event();
        _waiting.Enqueue((system, repaired));
        return repaired;
    }

    /// <summary>
    /// Receives an arriving part of <paramref name="version"/>: if a system is waiting, the longest
    /// waiting one gets it (returned in <paramref name="system"/>, its event is triggered); else the
    /// part goes to stock and the method returns false.
    /// </summary>
    public bool Receive(PartVersion version, out int system)
    {
        if (_waiting.TryDequeue(out var next))
        {
            system = next.System;
            next.Repaired.Succeed();
            return true;
        }
        if (version == PartVersion.Cm) StockCm++;
        else StockAm++;
        system = -1;
        return false;
    }
}
