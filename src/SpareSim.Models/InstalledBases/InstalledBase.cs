using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using SpareSim.Core.Random;

namespace SpareSim.Models.InstalledBases;

/// <summary>
/// An installed base of k systems, each needing one unit of the part. Every system is a process:
/// the installed unit runs for a lifetime drawn from its version's failure law (the clock starts at
/// installation), then fails and asks <see cref="IFailureHandler"/> for a replacement; a system
/// with no spare waits, down, until a part is installed into it.
/// </summary>
public sealed class InstalledBase
{
    private readonly Simulation _simulation;
    private readonly IDistribution _lifetimeCm;
    private readonly IDistribution _lifetimeAm;
    private readonly PartVersion[] _versions;
    private readonly RandomStream[] _streams;
    private IFailureHandler? _handler;

    /// <summary>
    /// Creates <paramref name="initialVersions"/>.Count systems with the given installed versions.
    /// Each system draws its lifetimes from its own stream "failures/system-j", so two policies
    /// simulated with the same seed see the same lifetimes system by system (common random numbers).
    /// </summary>
    public InstalledBase(Simulation simulation, RandomStreams streams, IDistribution lifetimeCm, IDistribution lifetimeAm,
        IReadOnlyList<PartVersion> initialVersions)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(streams);
        ArgumentNullException.ThrowIfNull(initialVersions);
        if (initialVersions.Count < 1) throw new ArgumentException("an installed base needs at least one system", nameof(initialVersions));
        _simulation = simulation;
        _lifetimeCm = lifetimeCm ?? throw new ArgumentNullException(nameof(lifetimeCm));
        _lifetimeAm = lifetimeAm ?? throw new ArgumentNullException(nameof(lifetimeAm));
        _versions = [.. initialVersions];
        _streams = new RandomStream[_versions.Length];
        for (int j = 0; j < _versions.Length; j++) _streams[j] = streams.Get($"failures/system-{j}");
    }

    /// <summary>k, the number of systems.</summary>
    public int Size => _versions.Length;

    /// <summary>The version installed in system <paramref name="system"/> (its last one while it is down).</summary>
    public PartVersion VersionIn(int system) => _versions[system];

    /// <summary>Starts the systems' processes; failures go to <paramref name="handler"/>. Call once.</summary>
    public void Start(IFailureHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (_handler is not null) throw new InvalidOperationException("the installed base is already started");
        _handler = handler;
        for (int j = 0; j < _versions.Length; j++) _simulation.Process(Operate(j), $"system-{j}");
    }

    /// <summary>Installs a unit of <paramref name="version"/> into <paramref name="system"/>; its failure clock starts now.</summary>
    public void Install(int system, PartVersion version) => _versions[system] = version;

    private IEnumerable<Event> Operate(int system)
    {
        while (true)
        {
            var law = _versions[system] == PartVersion.Cm ? _lifetimeCm : _lifetimeAm;
            yield return _simulation.Timeout(law.Sample(_streams[system]));
            var repaired = _handler!.OnFailure(system, _versions[system]);
            if (repaired is not null) yield return repaired;
        }
    }
}
