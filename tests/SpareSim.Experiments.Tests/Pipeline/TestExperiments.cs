using SpareSim.Experiments;
using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Simulation;

namespace SpareSim.Experiments.Tests.Pipeline;

/// <summary>Writes small experiment files into a temporary folder for the pipeline tests.</summary>
internal sealed class TestExperiments : IDisposable
{
    public TestExperiments()
    {
        Folder = Path.Combine(Path.GetTempPath(), "sparesim-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public ModelRegistry Models { get; } = Catalog.Models().Add(new ProbabilityTestModel());

    public string Write(string json, string name = "experiment.json")
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    public ExperimentDefinition Load(string json, params string[] overrides) =>
        ExperimentSession.Load(Write(json), overrides, Models);

    /// <summary>A two-scenario M/M/1 experiment with short runs.</summary>
    public const string Queue = """
        {
          "Name": "queue-test",
          "Model": "mmc-queue",
          "Replications": 6,
          "RunLength": 400,
          "WarmUp": 50,
          "MasterSeed": 11,
          "Scenarios": [ { "name": "light", "arrival_rate": 0.3 }, { "name": "medium", "arrival_rate": 0.6 } ],
          "Baseline": "light",
          "Plots": [ { "Measure": "mean_waiting_time", "X": "arrival_rate" } ]
        }
        """;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
