namespace SpareSim.Analytics.Fitting;

/// <summary>
/// Mean and cv of the recorded ages with censoring ignored: only a starting point for the
/// optimiser (censoring biases it low), never an estimate that is reported.
/// </summary>
internal static class CrudeMoments
{
    public static (double Mean, double Cv) Of(LifeData data)
    {
        double mean = data.TotalTimeOnTest / data.Failures; // the exponential MLE of the mean: accounts for censoring
        double sum = 0, sumSq = 0;
        foreach (var o in data.Observations)
        {
            sum += o.Time;
            sumSq += o.Time * o.Time;
        }
        int n = data.Count;
        double m = sum / n;
        double variance = Math.Max(sumSq / n - m * m, 0);
        double cv = variance > 0 ? Math.Sqrt(variance) / m : 1;
        return (mean, Math.Clamp(cv, 0.05, 20));
    }

    /// <summary>Mean and standard deviation of log ages (the log-normal starting point).</summary>
    public static (double Mu, double Sigma) OfLogs(LifeData data)
    {
        double sum = 0, sumSq = 0;
        foreach (var o in data.Observations)
        {
            double l = Math.Log(o.Time);
            sum += l;
            sumSq += l * l;
        }
        int n = data.Count;
        double mu = sum / n;
        double sigma = Math.Sqrt(Math.Max(sumSq / n - mu * mu, 0));
        return (mu + Math.Log((double)n / data.Failures), Math.Max(sigma, 0.05));
    }
}
