using System.Globalization;
using SpareSim.Experiments.Configuration;

namespace SpareSim.Experiments.Running;

/// <summary>
/// Shard i of n (1-based): the (scenario, replication) pairs whose position in the experiment's
/// fixed order is congruent to i-1 modulo n. Interleaving spreads slow scenarios over shards.
/// </summary>
/// <param name="Index">The shard, 1..Count.</param>
/// <param name="Count">The number of shards.</param>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>The whole experiment as one shard.</summary>
    public static ShardSpec All { get; } = new(1, 1);

    /// <summary>Parses "i/n"; bad text throws <see cref="ExperimentInputException"/> naming --shard.</summary>
    public static ShardSpec Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 ||
            !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n))
            throw new ExperimentInputException("--shard", $"must be i/n with whole numbers, got '{text}'");
        if (n < 1 || i < 1 || i > n)
            throw new ExperimentInputException("--shard", $"needs 1 <= i <= n, got {i}/{n}");
        return new ShardSpec(i, n);
    }

    /// <summary>Whether this is the whole experiment.</summary>
    public bool IsWhole => Count == 1;

    /// <summary>Whether the pair at <paramref name="position"/> belongs to this shard.</summary>
    public bool Contains(long position) => position % Count == Index - 1;

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";
}
