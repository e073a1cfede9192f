using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Running;

namespace SpareSim.Experiments.Studies;

/// <summary>The replications of a study's simulation experiment, with the definition they belong to.</summary>
/// <param name="Definition">The simulation experiment.</param>
/// <param name="Records">Every replication, sorted by (scenario, replication).</param>
public sealed record StudyRecords(ExperimentDefinition Definition, IReadOnlyList<ReplicationRecord> Records)
{
    /// <summary>The values of <paramref name="measure"/> over the replications of scenario <paramref name="scenario"/>.</summary>
    public double[] Values(int scenario, string measure)
    {
        int m = Definition.Model.Measures.ToList().IndexOf(measure);
        if (m < 0) throw new ArgumentException($"model '{Definition.Model.Name}' has no measure '{measure}'", nameof(measure));
        return Records.Where(r => r.Scenario == scenario).OrderBy(r => r.Replication).Select(r => r.Values[m]).ToArray();
    }
}
