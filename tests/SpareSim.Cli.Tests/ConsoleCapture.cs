using SpareSim.Cli;

namespace SpareSim.Cli.Tests;

/// <summary>Runs the command line in process with the console streams captured (tests run one at a time).</summary>
internal static class ConsoleCapture
{
    public static (int Code, string Out, string Error) Run(params string[] args) => Capture(() => CommandLine.Run(args));

    /// <summary>Runs <paramref name="run"/> (e.g. a command built with test hooks) with the console captured.</summary>
    public static (int Code, string Out, string Error) Capture(Func<int> run)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var (oldOut, oldError) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            return (run(), stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }
}
