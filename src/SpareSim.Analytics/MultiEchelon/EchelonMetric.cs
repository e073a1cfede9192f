namespace SpareSim.Analytics.MultiEchelon;

/// <summary>
/// Single-item two-echelon METRIC (Sherbrooke 1968) and VARI-METRIC for an <see cref="EchelonNetwork"/>
/// with a stock level per site (spec §1.10). The CMC pipeline is Poisson (Palm), so its backorders
/// are exact; an RMC's pipeline adds the orders waiting at the CMC, which METRIC replaces by their
/// mean (a Poisson with mean λj[ρj·Tloc + (1 − ρj)(τj + W0)]) and VARI-METRIC by a negative binomial
/// with the variance λjρjTloc + λj(1 − ρj)τj + fj(1 − fj)EBO0 + fj²VBO0, fj = λj(1 − ρj)/Λ0
/// (each CMC backorder belongs to RMC j with probability fj). METRIC understates RMC backorders when
/// the CMC is short of stock; VARI-METRIC corrects most of that.
/// </summary>
public static class EchelonMetric
{
    /// <summary>Evaluates <paramref name="network"/> at <paramref name="stocks"/> (CMC first).</summary>
    public static EchelonMetricResult Evaluate(EchelonNetwork network, IReadOnlyList<int> stocks, PipelineApproximation method = PipelineApproximation.Metric)
    {
        ArgumentNullException.ThrowIfNull(network);
        network.CheckStocks(stocks);
        var central = EvaluateCentral(network, stocks[0]);
        var regions = new RegionalMetricResult[network.Regions.Count];
        for (int j = 0; j < regions.Length; j++)
        {
            var (mean, variance) = RegionalPipeline(network, j, central);
            regions[j] = new RegionalMetricResult(network.Regions[j].Name, stocks[j + 1], mean, variance,
                Backorders(stocks[j + 1], mean, variance, method), FillRate(stocks[j + 1], mean, variance, method));
        }
        double system = central.CustomerBackorders + regions.Sum(r => r.Backorders);
        return new EchelonMetricResult(method, central, regions, system, network.UnitPrice * system);
    }

    /// <summary>The CMC quantities at stock <paramref name="stock"/>; they do not depend on the RMC stocks.</summary>
    public static CentralMetricResult EvaluateCentral(EchelonNetwork network, int stock)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentOutOfRangeException.ThrowIfNegative(stock);
        double rate = network.CentralRequestRate, mu = network.CentralPipeline;
        double ebo = PoissonPipeline.ExpectedBackorders(stock, mu);
        double vbo = PoissonPipeline.BackorderVariance(stock, mu);
        double wait = rate > 0 ? ebo / rate : 0;
        double fill = stock == 0 ? 0 : PoissonPipeline.Cdf(stock - 1, mu);
        return new CentralMetricResult(stock, rate, mu, ebo, vbo, wait, network.Central.DemandRate * wait, fill);
    }

    /// <summary>Mean and VARI-METRIC variance of RMC <paramref name="region"/>'s pipeline (0-based among the RMCs).</summary>
    public static (double Mean, double Variance) RegionalPipeline(EchelonNetwork network, int region, CentralMetricResult central)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(central);
        var site = network.Regions[region];
        double local = site.DemandRate * site.LocalRepairProbability * site.LocalReplenishmentTime;
        double transit = site.CarcassRate * site.ShipTime;
        double mean = local + transit + site.CarcassRate * central.Wait;
        double f = central.RequestRate > 0 ? site.CarcassRate / central.RequestRate : 0;
        double variance = local + transit + f * (1 - f) * central.Backorders + f * f * central.BackorderVariance;
        return (mean, variance);
    }

    /// <summary>Expected backorders of a pipeline (mean, variance) at stock <paramref name="stock"/> under <paramref name="method"/>.</summary>
    public static double Backorders(int stock, double mean, double variance, PipelineApproximation method) =>
        method == PipelineApproximation.Metric ? PoissonPipeline.ExpectedBackorders(stock, mean) : NegativeBinomialPipeline.ExpectedBackorders(stock, mean, variance);

    private static double FillRate(int stock, double mean, double variance, PipelineApproximation method) =>
        stock == 0 ? 0 : method == PipelineApproximation.Metric ? PoissonPipeline.Cdf(stock - 1, mean) : NegativeBinomialPipeline.Cdf(stock - 1, mean, variance);
}
