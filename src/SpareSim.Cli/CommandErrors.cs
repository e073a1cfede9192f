using SpareSim.Experiments.Configuration;

namespace SpareSim.Cli;

/// <summary>Maps failures to exit codes: 2 bad input (nothing run), 130 interrupted, 1 anything else.</summary>
internal static class CommandErrors
{
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (ExperimentInputException ex)
        {
            Console.Error.WriteLine($"sparesim: {ex.Message}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("sparesim: interrupted; completed replications are checkpointed; run the same command again to resume");
            return 130;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            Console.Error.WriteLine($"sparesim: {ex.InnerExceptions[0].Message}");
            return 1;
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"sparesim: {ex.Message}");
            return 1;
        }
    }
}
