namespace SpareSim.Experiments.Simulation;

/// <summary>
/// A simulation model the experiment runner can replicate: it declares its parameters (with
/// defaults and validation rules) and its measures, and runs one replication of one scenario.
/// Implementations must draw all randomness from <see cref="ReplicationContext.Streams"/> so
/// that scenarios share random numbers stream by stream (common random numbers).
/// </summary>
public interface ISimulationModel
{
    /// <summary>The name used as <c>Model</c> in experiment files, e.g. "installed-base".</summary>
    string Name { get; }

    /// <summary>One line on what the model is.</summary>
    string Description { get; }

    /// <summary>
    /// The unit model time is counted in ("month", "day"; "time unit" when the model does not
    /// say): run lengths, rates and times in reports, plots and files are in it.
    /// </summary>
    string TimeUnit => "time unit";

    /// <summary>The measures whose values are whole numbers (stored as integer columns, e.g. a base stock).</summary>
    IReadOnlyCollection<string> IntegerMeasures => [];

    /// <summary>The unit of <paramref name="measure"/>, or null to let <see cref="MeasureUnits"/> derive it from the name.</summary>
    string? MeasureUnit(string measure) => null;

    /// <summary>The parameters a scenario sets (unknown keys are rejected).</summary>
    IReadOnlyList<ParameterSpec> Parameters { get; }

    /// <summary>The measures a replication returns, in the order of <see cref="RunReplication"/>'s result (snake_case).</summary>
    IReadOnlyList<string> Measures { get; }

    /// <summary>
    /// Checks combinations of parameters that single-parameter rules cannot (e.g. a threshold
    /// above the base stock); returns null when valid, else the message naming the parameter.
    /// </summary>
    string? ValidateScenario(Scenario scenario);

    /// <summary>
    /// A parameter outside <see cref="Parameters"/> that the model accepts by its form (a supply
    /// network takes any value of its model file by path, e.g. "sources:printer:printers"), or null.
    /// Such a parameter is part of a scenario only where the experiment sets it (its default
    /// elsewhere). Throws <see cref="Configuration.ExperimentInputException"/> for a malformed name.
    /// </summary>
    ParameterSpec? FindParameter(string name) => null;

    /// <summary>A digest of inputs outside the experiment file (a model file and the files it names), or null; it joins the configuration hash.</summary>
    string? InputFingerprint => null;

    /// <summary>
    /// The work and memory of a scenario, estimated without running it; null when the model
    /// cannot tell (the run is then not checked).
    /// </summary>
    RunEstimate? Estimate(Scenario scenario) => null;

    /// <summary>Runs one replication; returns one value per measure, in <see cref="Measures"/> order.</summary>
    double[] RunReplication(Scenario scenario, ReplicationContext context);
}
