namespace SpareSim.Analytics.Fitting;

/// <summary>
/// Simulates data sets from a known law (exponential censoring solved for a target fraction),
/// fits each, and counts interval coverage of the true parameters and AIC wins among competing
/// families: the check that the fit recovers what it should at its nominal rate. Repetition r
/// draws from a generator seeded by (seed, r), so a cell's result does not depend on threads.
/// </summary>
public static class RecoveryCoverage
{
    /// <summary>Runs one cell; <paramref name="competitors"/> empty skips the AIC comparison.</summary>
    public static RecoveryCell Run(LifeFamily family, double[] theta, int count, double censoredFraction, int repetitions, int seed,
        IntervalMethod intervals, IReadOnlyList<LifeFamily> competitors, int degreeOfParallelism = 1, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(theta);
        ArgumentNullException.ThrowIfNull(competitors);
        double rate = LifeDataSimulator.CensoringRateFor(family, theta, censoredFraction);
        int p = theta.Length;
        var outcomes = new (bool[] Wald, bool[] Profile, bool Fixed, string? Winner, int Censored)[repetitions];
        Parallel.For(0, repetitions, new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism }, r =>
        {
            var random = new Random(StableSeed(seed, r, count, family.Name, censoredFraction));
            var data = LifeDataSimulator.Draw(family, theta, count, rate, random);
            var fit = MaximumLikelihood.Fit(family, data, intervals, level);
            var wald = new bool[p];
            var profile = new bool[p];
            bool fixedRight = true;
            for (int j = 0; j < p; j++)
            {
                var e = fit.Estimates[j];
                if (e.IsFixed)
                {
                    fixedRight &= e.Value == theta[j];
                    continue;
                }
                wald[j] = e.WaldLow <= theta[j] && theta[j] <= e.WaldHigh;
                profile[j] = e.ProfileLow <= theta[j] && theta[j] <= e.ProfileHigh;
            }
            string? winner = null;
            if (competitors.Count > 0)
            {
                var ranked = FamilyComparison.Fit(competitors, data).Ranked;
                winner = ranked.Count > 0 ? ranked[0].Family.Name : null;
            }
            outcomes[r] = (wald, profile, fixedRight, winner, data.Censored);
        });
        var fixedIndex = Enumerable.Range(0, p).Where(j => family is ErlangFamily && j == 0).ToHashSet();
        var waldCovered = Enumerable.Range(0, p).Select(j => fixedIndex.Contains(j) ? -1 : outcomes.Count(o => o.Wald[j])).ToArray();
        var profileCovered = Enumerable.Range(0, p).Select(j => fixedIndex.Contains(j) || intervals != IntervalMethod.Profile ? -1 : outcomes.Count(o => o.Profile[j])).ToArray();
        var wins = competitors.ToDictionary(c => c.Name, c => outcomes.Count(o => o.Winner == c.Name));
        double share = outcomes.Sum(o => o.Censored) / (double)(repetitions * count);
        return new RecoveryCell(family.Name, theta, count, censoredFraction, share, repetitions, waldCovered, profileCovered,
            fixedIndex.Count > 0 ? outcomes.Count(o => o.Fixed) : -1, wins);
    }

    /// <summary>A seed from the cell and repetition that is the same in every process (string.GetHashCode is not).</summary>
    private static int StableSeed(int seed, int repetition, int count, string family, double fraction)
    {
        ulong h = 14695981039346656037UL;
        void Mix(ulong v)
        {
            for (int b = 0; b < 8; b++, v >>= 8) h = (h ^ (v & 0xFF)) * 1099511628211UL;
        }
        Mix((ulong)seed);
        Mix((ulong)repetition);
        Mix((ulong)count);
        Mix((ulong)BitConverter.DoubleToInt64Bits(fraction));
        foreach (char c in family) Mix(c);
        return (int)(h ^ (h >> 32)) & int.MaxValue;
    }
}
