namespace SpareSim.Experiments.Simulation;

/// <summary>
/// A model that can record a pilot series of its primary measure (batch averages over equal
/// time intervals from time 0), so that the warm-up can be found by MSER-5.
/// </summary>
public interface IPilotSeriesModel
{
    /// <summary>
    /// Runs one pilot replication of <paramref name="length"/> time units and returns the
    /// averages of the primary measure over <paramref name="intervals"/> equal intervals.
    /// </summary>
    double[] RunPilotSeries(Scenario scenario, ReplicationContext context, double length, int intervals);
}
