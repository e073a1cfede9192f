namespace SpareSim.Core.Random;

/// <summary>
/// The streams of one replication: <c>Get("failures/base-A")</c> always returns the same stream
/// object within a replication, and the same numbers in any other run with the same
/// (master seed, replication). This is the only way model code should obtain randomness.
/// </summary>
public sealed class RandomStreams
{
    private readonly Dictionary<string, RandomStream> _streams = new(StringComparer.Ordinal);

    /// <summary>The streams of replication <paramref name="replication"/> under <paramref name="masterSeed"/>.</summary>
    public RandomStreams(ulong masterSeed, int replication)
    {
        if (replication < 0) throw new ArgumentOutOfRangeException(nameof(replication), "replication must be >= 0");
        MasterSeed = masterSeed;
        Replication = replication;
    }

    /// <summary>The master seed.</summary>
    public ulong MasterSeed { get; }

    /// <summary>The replication index.</summary>
    public int Replication { get; }

    /// <summary>The stream named <paramref name="name"/>, created on first use.</summary>
    public RandomStream Get(string name)
    {
        if (!_streams.TryGetValue(name, out var s))
        {
            s = new RandomStream(MasterSeed, Replication, name);
            _streams.Add(name, s);
        }
        return s;
    }
}
