namespace SpareSim.Analytics.Fitting;

/// <summary>
/// p-values for the KS and AD statistics of a fitted law. Estimating the parameters from the same
/// data makes the fit look better than a fully specified law would, so the textbook tables are
/// wrong; instead each replicate redraws the data from the fitted law with the same design (the
/// same entry ages; failure ages from the law conditional on survival to entry; censoring ages
/// from the Kaplan–Meier estimate of the censoring law, conditional on exceeding the entry age),
/// refits the family and recomputes both statistics.
/// </summary>
public static class ParametricBootstrap
{
    /// <summary>
    /// Runs <paramref name="replicates"/> replicates with a generator seeded by <paramref name="seed"/>,
    /// telling <paramref name="progress"/> the replicates done after each one and stopping with an
    /// <see cref="OperationCanceledException"/> between replicates once <paramref name="cancellation"/> is set.
    /// </summary>
    public static BootstrapResult Run(FittedLaw fit, LifeData data, int replicates, int seed,
        Action<int>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(data);
        if (replicates < 1) throw new ArgumentOutOfRangeException(nameof(replicates), replicates, "replicates must be at least 1");
        var observed = GoodnessOfFit.Of(fit, data);
        var random = new Random(seed);
        var censoring = data.Censored > 0 ? new CensoringSampler(KaplanMeier.EstimateCensoring(data)) : null;
        var theta = fit.Parameters.ToArray();
        int ksExceed = 0, adExceed = 0, done = 0, discarded = 0;
        for (int b = 0; b < replicates; b++)
        {
            cancellation.ThrowIfCancellationRequested();
            progress?.Invoke(b);
            var records = new LifeObservation[data.Count];
            for (int i = 0; i < data.Count; i++)
            {
                double entry = data.Observations[i].Entry;
                double start = entry > 0 ? fit.Family.Cdf(theta, entry) : 0;
                double t = fit.Family.Quantile(theta, start + (1 - start) * LifeDataSimulator.OpenUniform(random));
                if (!(t > entry)) t = Math.BitIncrement(entry);
                double c = censoring?.Draw(entry, random) ?? double.PositiveInfinity;
                records[i] = t <= c ? new LifeObservation(t, true, entry) : new LifeObservation(c, false, entry);
            }
            if (!records.Any(r => r.Failed))
            {
                discarded++;
                continue;
            }
            try
            {
                var sample = new LifeData(records);
                var refit = MaximumLikelihood.Fit(fit.Family, sample);
                var stats = GoodnessOfFit.Of(refit, sample);
                if (stats.KolmogorovSmirnov >= observed.KolmogorovSmirnov) ksExceed++;
                if (stats.AndersonDarling >= observed.AndersonDarling) adExceed++;
                done++;
            }
            catch (InvalidOperationException)
            {
                discarded++;
            }
        }
        progress?.Invoke(replicates);
        return new BootstrapResult(observed, (1.0 + ksExceed) / (done + 1), (1.0 + adExceed) / (done + 1), done, discarded);
    }
}
