namespace SpareSim.Experiments.Configuration;

/// <summary>
/// Bad input found before anything is simulated or written: names the configuration key and
/// the problem. The command line turns it into exit code 2.
/// </summary>
public sealed class ExperimentInputException : Exception
{
    /// <summary>Creates the exception for <paramref name="key"/>.</summary>
    public ExperimentInputException(string key, string problem) : base($"{key}: {problem}")
    {
        Key = key;
        Problem = problem;
    }

    /// <summary>The offending key, e.g. "Scenarios:2:lambda_cm".</summary>
    public string Key { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
