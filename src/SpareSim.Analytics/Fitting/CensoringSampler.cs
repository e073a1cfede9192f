namespace SpareSim.Analytics.Fitting;

/// <summary>
/// Draws censoring ages from the Kaplan–Meier estimate of the censoring law, conditional on
/// exceeding a unit's entry age; the mass the estimate leaves beyond its last age (units that
/// failed after every censoring) is "never censored".
/// </summary>
internal sealed class CensoringSampler
{
    private readonly double[] _times;
    private readonly double[] _survival; // G just after each censoring age

    public CensoringSampler(KaplanMeier censoring)
    {
        _times = censoring.Times.ToArray();
        _survival = censoring.Survival.ToArray();
    }

    public double Draw(double entry, Random random)
    {
        // G(entry) is the probability of exceeding the entry age; draw u uniformly below it and
        // return the first age whose survival falls to u or below.
        int first = 0;
        while (first < _times.Length && _times[first] <= entry) first++;
        double start = first == 0 ? 1 : _survival[first - 1];
        double u = start * LifeDataSimulator.OpenUniform(random);
        for (int j = first; j < _times.Length; j++)
            if (_survival[j] < u) return _times[j];
        return double.PositiveInfinity;
    }
}
