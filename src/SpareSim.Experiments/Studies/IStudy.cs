namespace SpareSim.Experiments.Studies;

/// <summary>
/// An experiment that is not a replicated simulation (e.g. "solve 6561 MDP instances and rebuild
/// a paper's table"). The experiment file names it with <c>"Study"</c> instead of <c>"Model"</c>.
/// A study validates all its input before it writes anything, throwing
/// <see cref="Configuration.ExperimentInputException"/> (exit code 2) naming the key.
/// </summary>
public interface IStudy
{
    /// <summary>The value of <c>"Study"</c> in the experiment file.</summary>
    string Name { get; }

    /// <summary>
    /// Whether the study runs its replications through the experiment runner
    /// (<see cref="StudySimulation"/>): then it can be sharded and resumed.
    /// </summary>
    bool RunsThroughRunner { get; }

    /// <summary>The type its options bind to (keys of the experiment file, defaults of a new instance), or null when unknown; shown by <c>sparesim studies</c>.</summary>
    Type? OptionsType => null;

    /// <summary>Runs the study; returns the exit code.</summary>
    Task<int> RunAsync(string experimentFile, IReadOnlyList<string> overrides, StudyContext context);
}
