using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Core.Statistics;
using SpareSim.Models.Network.Definition;

namespace SpareSim.Models.Network.Engine;

/// <summary>
/// An installed base at run time. Renewal mode: each unit's lifetime is drawn from its version's
/// law when it is installed, from the unit's own stream "failures/BASE/UNIT" (common random numbers
/// unit by unit; bases above <see cref="PerUnitStreamLimit"/> units share one stream); a failed
/// unit waits, its system down, until the stock point installs a spare. Poisson mode: failures
/// arrive at the constant rate units / mean lifetime, and each waiting demand is a down system
/// (at most the number of systems). Per-period mode: as renewal, each unit failing at the first
/// mid-period after installation plus a geometric number of periods. A unit of a temporary version
/// (a stopgap) is removed at its site's convoy arrival and its failure orders nothing.
/// </summary>
internal sealed class InstalledBaseNode
{
    /// <summary>Above this many units an installed base draws all lifetimes from one stream.</summary>
    public const int PerUnitStreamLimit = 4096;

    private readonly Simulation _simulation;
    private readonly InstalledBaseDefinition _definition;
    private readonly StockPointNode _stockPoint;
    private readonly int[] _version, _downUnitsOfSystem, _generation;
    private readonly bool[] _waiting, _temporary;
    private readonly double[] _logSurvival;
    private readonly RandomStream[] _streams;
    private readonly Clock[] _clocks;
    private readonly IDistribution[] _lifetimes;
    private readonly NetworkLedger _ledger;
    private int _downSystems, _waitingDemands, _stopgaps;

    public InstalledBaseNode(Simulation simulation, InstalledBaseDefinition definition, StockPointNode stockPoint, RandomStreams streams, NetworkLedger ledger)
    {
        _simulation = simulation;
        _definition = definition;
        _stockPoint = stockPoint;
        _ledger = ledger;
        _lifetimes = definition.Lifetimes.ToArray();
        IsRenewal = definition.FailureMode != FailureMode.Poisson;
        IsPerPeriod = definition.FailureMode == FailureMode.PerPeriod;
        int units = definition.Units;
        _logSurvival = IsPerPeriod ? definition.FailureProbabilities!.Select(p => Math.Log(1 - p)).ToArray() : [];
        _temporary = stockPoint.TemporaryVersions;
        bool stopgaps = _temporary.Any(t => t);
        if (IsRenewal)
        {
            _version = new int[units];
            int u = 0;
            for (int v = 0; v < definition.InitialInstalled.Count; v++)
                for (int i = 0; i < definition.InitialInstalled[v]; i++) _version[u++] = v;
            _downUnitsOfSystem = new int[definition.Systems];
            _waiting = new bool[units];
            _generation = stopgaps ? new int[units] : [];
            _clocks = Enumerable.Range(0, units).Select(i => new Clock(this, i)).ToArray();
            _streams = units <= PerUnitStreamLimit
                ? Enumerable.Range(0, units).Select(i => streams.Get($"failures/{definition.Name}/{i}")).ToArray()
                : [streams.Get($"failures/{definition.Name}")];
        }
        else
        {
            _version = [];
            _downUnitsOfSystem = [];
            _waiting = [];
            _generation = [];
            _clocks = [];
            _streams = [streams.Get($"failures/{definition.Name}")];
        }
        Down = new TimeWeightedStatistic(simulation.Now, 0);
        stockPoint.Bases.Add(this);
    }

    /// <summary>Whether units are tracked one by one (renewal and per-period modes).</summary>
    public bool IsRenewal { get; }

    /// <summary>Whether units fail per period (Bernoulli at mid-period).</summary>
    public bool IsPerPeriod { get; }

    /// <summary>Whether the part has a temporary version (stopgaps are removed at convoy arrivals).</summary>
    public bool StopgapsPossible => _generation.Length > 0;

    /// <summary>Systems down now.</summary>
    public int DownSystems => _downSystems;

    /// <summary>Stopgaps (units of a temporary version) in service.</summary>
    public int StopgapsInstalled => _stopgaps;

    public InstalledBaseDefinition Definition => _definition;

    /// <summary>Down systems over time.</summary>
    public TimeWeightedStatistic Down { get; }

    public long Failures { get; private set; }

    public void Start()
    {
        if (IsRenewal)
            for (int u = 0; u < _version.Length; u++) Schedule(u);
        else
            _simulation.Process(PoissonFailures(), $"failures/{_definition.Name}");
    }

    public void ResetStatistics(double now)
    {
        Down.Reset(now);
        Failures = 0;
    }

    /// <summary>The unit (or, in Poisson mode, a demand) waits for a spare: its system goes down.</summary>
    public void MarkWaiting(int unit)
    {
        if (IsRenewal)
        {
            _waiting[unit] = true;
            int system = unit / _definition.UnitsPerSystem;
            if (_downUnitsOfSystem[system]++ == 0) SetDown(_downSystems + 1);
        }
        else
        {
            SetDown(Math.Min(++_waitingDemands, _definition.Systems));
        }
    }

    /// <summary>A spare of <paramref name="version"/> is installed into <paramref name="unit"/> now.</summary>
    public void Install(int unit, int version)
    {
        if (!IsRenewal)
        {
            // In Poisson mode only a demand that waited comes back here.
            SetDown(Math.Min(--_waitingDemands, _definition.Systems));
            return;
        }
        _version[unit] = version;
        if (_temporary[version]) _stopgaps++;
        int system = unit / _definition.UnitsPerSystem;
        if (_waiting[unit])
        {
            _waiting[unit] = false;
            if (--_downUnitsOfSystem[system] == 0) SetDown(_downSystems - 1);
        }
        Schedule(unit);
    }

    /// <summary>Takes every stopgap out of service (its site's convoy arrived): each such unit waits for a spare again, ordering nothing.</summary>
    public void RemoveStopgaps()
    {
        if (_stopgaps == 0) return;
        for (int u = 0; u < _version.Length; u++)
        {
            if (_waiting[u] || !_temporary[_version[u]]) continue;
            _generation[u]++;
            _stopgaps--;
            _stockPoint.OnStopgapOut(this, u, _version[u]);
        }
    }

    private void Fail(int unit)
    {
        Failures++;
        _ledger.Maintenance += _definition.CostPerFailure;
        int version = _version[unit];
        if (_temporary[version])
        {
            _stopgaps--;
            _stockPoint.OnStopgapOut(this, unit, version);
        }
        else
        {
            _stockPoint.OnFailure(this, unit, version);
        }
    }

    private void Schedule(int unit)
    {
        var stream = _streams.Length == 1 ? _streams[0] : _streams[unit];
        int version = _version[unit];
        double delay;
        if (IsPerPeriod)
        {
            // The first mid-period strictly after now, then a geometric number of further periods.
            double now = _simulation.Now, firstMid = Math.Floor(now + 0.5) + 0.5;
            double log = _logSurvival[version];
            double extra = double.IsNegativeInfinity(log) ? 0 : Math.Floor(Math.Log(1 - stream.NextDouble()) / log);
            delay = firstMid - now + extra;
        }
        else
        {
            delay = _lifetimes[version].Sample(stream);
        }
        // Stopgaps can be taken out before they fail: their clocks carry a generation to ignore stale rings.
        if (_generation.Length > 0) _simulation.Timeout(delay, new StopgapClock(this, unit, _generation[unit])).AddCallback(StopgapClock.Ring);
        else _simulation.Timeout(delay, _clocks[unit]).AddCallback(Clock.Ring);
    }

    private void SetDown(int level)
    {
        _downSystems = level;
        Down.Update(_simulation.Now, level);
    }

    /// <summary>Poisson mode: the failure rate (units / mean lifetime of the main version).</summary>
    public double PoissonRate => _definition.Units / _lifetimes[MainVersion()].Mean;

    /// <summary>Disruption hook (demand surge, Poisson mode): one failure more, now.</summary>
    public void ExtraFailure()
    {
        Failures++;
        _ledger.Maintenance += _definition.CostPerFailure;
        _stockPoint.OnFailure(this, 0, MainVersion());
    }

    // Poisson mode draws failures of the version most units start with.
    private int MainVersion()
    {
        int main = 0;
        for (int v = 1; v < _definition.InitialInstalled.Count; v++)
            if (_definition.InitialInstalled[v] > _definition.InitialInstalled[main]) main = v;
        return main;
    }

    private IEnumerable<Event> PoissonFailures()
    {
        int main = MainVersion();
        var between = Exponential.FromMean(_lifetimes[main].Mean / _definition.Units);
        var stream = _streams[0];
        while (true)
        {
            yield return _simulation.Hold(between.Sample(stream)); // nothing keeps the wait: no event object
            Failures++;
            _ledger.Maintenance += _definition.CostPerFailure;
            // The stock point hands a Poisson demand back (Install) only if it waited.
            _stockPoint.OnFailure(this, 0, main);
        }
    }

    /// <summary>A failure clock that rings only if its unit was not taken out since it was set.</summary>
    private sealed class StopgapClock(InstalledBaseNode owner, int unit, int generation)
    {
        public static readonly Action<Event> Ring = e => ((StopgapClock)e.Value!).Fire();

        private void Fire()
        {
            if (owner._generation[unit] == generation) owner.Fail(unit);
        }
    }

    /// <summary>The failure clock of one unit: the value of its failure timeout.</summary>
    private sealed class Clock(InstalledBaseNode owner, int unit)
    {
        public static readonly Action<Event> Ring = e => ((Clock)e.Value!).Fire();

        private void Fire() => owner.Fail(unit);
    }
}
