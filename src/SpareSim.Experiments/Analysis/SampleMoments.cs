namespace SpareSim.Experiments.Analysis;

/// <summary>Validated sample mean and standard deviation shared by the analysis types.</summary>
internal static class SampleMoments
{
    /// <summary>Mean and standard deviation (divisor n-1; NaN for n = 1) of a non-empty sample of finite values.</summary>
    public static (double Mean, double StandardDeviation) MeanAndStandardDeviation(IReadOnlyList<double> sample, string name)
    {
        ArgumentNullException.ThrowIfNull(sample, name);
        if (sample.Count == 0) throw new ArgumentException($"{name} must hold at least one value", name);
        double mean = 0;
        for (int i = 0; i < sample.Count; i++)
        {
            double x = sample[i];
            if (!double.IsFinite(x)) throw new ArgumentException($"{name}[{i}] is {x}; every value must be finite", name);
            mean += (x - mean) / (i + 1);
        }
        if (sample.Count == 1) return (mean, double.NaN);
        double ss = 0;
        foreach (double x in sample) ss += (x - mean) * (x - mean);
        return (mean, Math.Sqrt(ss / (sample.Count - 1)));
    }
}
