namespace SpareSim.Cli;

/// <summary>One verb of the <c>sparesim</c> command (run, merge, bench, ...).</summary>
internal interface ICommand
{
    /// <summary>The verb, e.g. "run".</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Summary { get; }

    /// <summary>Runs the verb with the arguments after it; returns the process exit code
    /// (0 success, 1 failure while running, 2 bad input).</summary>
    int Execute(string[] args);
}
