using SpareSim.Analytics.DualSourcing;
using SpareSim.Core.Random;

namespace SpareSim.Experiments.Studies.DualSourcingValidation;

/// <summary>
/// The §4 parameter grid of Knofius et al. (2020) (Table 2; time unit month, cC = 10), and a
/// reproducible selection from it: the all-lowest and all-highest corners first, then grid points
/// drawn uniformly at random (without repeats) from a seeded stream.
/// </summary>
public static class Table2Grid
{
    private static readonly (double LambdaC, double MuC)[] Items = [(0.02, 0.5), (0.015, 0.25), (0.01, 0.15)];
    private static readonly int[] K = [10, 20, 30];
    private static readonly double[] LambdaA = [0.0175, 0.035, 0.0525];
    private static readonly double[] MuA = [1, 2, 4];
    private static readonly double[] PriceA = [10, 20, 30];
    private static readonly double[] Backorder = [20, 200, 2000];
    private static readonly double[] Maintenance = [2, 10, 18];
    private static readonly double[] Holding = [0.15, 0.2, 0.25];

    /// <summary>The grid point with level indices (0..2) for item, k, λA, μA, cA, b, m, κ.</summary>
    public static (string Name, int Item, DualSourcingInstance Instance) Point(IReadOnlyList<int> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        if (levels.Count != 8 || levels.Any(l => l < 0 || l > 2)) throw new ArgumentException("eight level indices in 0..2 are required", nameof(levels));
        var item = Items[levels[0]];
        var instance = new DualSourcingInstance(K[levels[1]], item.LambdaC, item.MuC, 10, LambdaA[levels[2]], MuA[levels[3]], PriceA[levels[4]],
            Backorder[levels[5]], Maintenance[levels[6]], Holding[levels[7]]);
        return ("g" + string.Concat(levels.Select(l => (char)('1' + l))), levels[0] + 1, instance);
    }

    /// <summary><paramref name="count"/> distinct grid points: the two corners, then seeded random points.</summary>
    public static IReadOnlyList<(string Name, int Item, DualSourcingInstance Instance)> Select(int count, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 6561);
        var chosen = new List<int[]> { new int[8], Enumerable.Repeat(2, 8).ToArray() };
        var seen = new HashSet<string>(chosen.Select(c => string.Concat(c)));
        var stream = new RandomStreams(seed, 0).Get("table2-selection");
        while (chosen.Count < count)
        {
            var levels = Enumerable.Range(0, 8).Select(_ => stream.Next(3)).ToArray();
            if (seen.Add(string.Concat(levels))) chosen.Add(levels);
        }
        return chosen.Select(Point).ToList();
    }
}
