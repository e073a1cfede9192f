namespace SpareSim.Experiments.Running;

/// <summary>The measures of one replication of one scenario, in the model's measure order.</summary>
/// <param name="Scenario">The scenario index.</param>
/// <param name="Replication">The replication index.</param>
/// <param name="WarmUp">The warm-up used (given, or found by MSER-5).</param>
/// <param name="Values">One value per measure.</param>
/// <param name="Series">The time series sampled (measure-major, see <see cref="Configuration.TimeSeriesSpec"/>), or null when none was asked for.</param>
public sealed record ReplicationRecord(int Scenario, int Replication, double WarmUp, double[] Values, double[]? Series = null);
