namespace SpareSim.Models.MultiEchelon;

/// <summary>Long-run averages of one site over the observation period.</summary>
/// <param name="Name">Site name.</param>
/// <param name="Backorders">Time-average number of the site's customers waiting for a part.</param>
/// <param name="FillRate">Share of the site's demands filled from the shelf (NaN without demand).</param>
/// <param name="MeanWait">Mean wait per demand, zeros included (NaN without demand).</param>
/// <param name="Pipeline">Time-average pipeline: at the CMC units in repair/AM; at an RMC local repairs plus outstanding orders.</param>
/// <param name="PipelineVariance">Time variance of that pipeline (VARI-METRIC's variance at an RMC).</param>
/// <param name="Demands">Demands observed.</param>
public sealed record SiteMeasures(string Name, double Backorders, double FillRate, double MeanWait, double Pipeline, double PipelineVariance, long Demands);

/// <summary>Results of one replication of an echelon network.</summary>
/// <param name="Sites">Per site, CMC first.</param>
/// <param name="CentralOutstandingRequests">Time-average requests (own and RMC orders) waiting for CMC stock: METRIC's EBO0.</param>
/// <param name="SystemBackorders">Sum of the sites' customer backorders.</param>
/// <param name="SystemPipeline">Time-average N_sys (Abidar's M).</param>
/// <param name="PaperProxyBackorders">Time-average (N_sys − s0)+, the simulated analogue of Abidar's reported EBO.</param>
/// <param name="ObservedTime">Length of the observation period.</param>
/// <param name="Events">Kernel events processed (warm-up included).</param>
public sealed record EchelonMeasures(IReadOnlyList<SiteMeasures> Sites, double CentralOutstandingRequests, double SystemBackorders,
    double SystemPipeline, double PaperProxyBackorders, double ObservedTime, long Events);
