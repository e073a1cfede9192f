using SpareSim.Experiments.Models.InstalledBaseSourcing;
using SpareSim.Experiments.Simulation;
using SpareSim.Experiments.Studies;

namespace SpareSim.Experiments;

/// <summary>The built-in simulation models and studies that experiment files can name.</summary>
public static class Catalog
{
    /// <summary>A registry with every built-in simulation model.</summary>
    public static ModelRegistry Models() => new ModelRegistry()
        .Add(new InstalledBaseModel())
        .Add(new QueueModel());

    /// <summary>A registry with every built-in study.</summary>
    public static StudyRegistry Studies() => new StudyRegistry();
}
