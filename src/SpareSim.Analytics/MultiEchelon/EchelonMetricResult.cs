namespace SpareSim.Analytics.MultiEchelon;

/// <summary>The CMC part of a METRIC evaluation.</summary>
/// <param name="Stock">s0.</param>
/// <param name="RequestRate">Λ0, requests on CMC stock per time unit (own failures and RMC orders).</param>
/// <param name="Pipeline">μ0, mean CMC replenishment pipeline.</param>
/// <param name="Backorders">EBO(s0 | μ0): outstanding requests at the CMC (exact by Palm).</param>
/// <param name="BackorderVariance">VBO(s0 | μ0).</param>
/// <param name="Wait">W0 = EBO0/Λ0, mean wait of a request at the CMC (Little).</param>
/// <param name="CustomerBackorders">λ0·W0, backorders of the CMC's own customers.</param>
/// <param name="FillRate">Share of requests filled from stock, P(X0 &lt; s0).</param>
public sealed record CentralMetricResult(int Stock, double RequestRate, double Pipeline, double Backorders, double BackorderVariance, double Wait, double CustomerBackorders, double FillRate);

/// <summary>An RMC part of a METRIC evaluation.</summary>
/// <param name="Name">Site name.</param>
/// <param name="Stock">sj.</param>
/// <param name="PipelineMean">μj = λj[ρj·Tloc + (1 − ρj)(τj + W0)].</param>
/// <param name="PipelineVariance">The VARI-METRIC variance of the pipeline (reported under both methods).</param>
/// <param name="Backorders">Expected backorders at the site under the chosen approximation.</param>
/// <param name="FillRate">Share of demands filled from stock, P(Xj &lt; sj).</param>
public sealed record RegionalMetricResult(string Name, int Stock, double PipelineMean, double PipelineVariance, double Backorders, double FillRate);

/// <summary>Per-site and system results of <see cref="EchelonMetric.Evaluate"/>.</summary>
/// <param name="Method">METRIC or VARI-METRIC.</param>
/// <param name="Central">The CMC.</param>
/// <param name="Regions">The RMCs, in network order.</param>
/// <param name="SystemBackorders">EBO_sys = λ0·W0 + Σj BOj: customers waiting anywhere.</param>
/// <param name="BackorderCost">P·EBO_sys (Abidar's Table 5 convention).</param>
public sealed record EchelonMetricResult(PipelineApproximation Method, CentralMetricResult Central, IReadOnlyList<RegionalMetricResult> Regions, double SystemBackorders, double BackorderCost)
{
    /// <summary>Customer backorders per site, CMC first (λ0·W0, then BOj).</summary>
    public IReadOnlyList<double> SiteBackorders => Regions.Select(r => r.Backorders).Prepend(Central.CustomerBackorders).ToArray();
}
