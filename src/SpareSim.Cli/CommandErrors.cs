using SpareSim.Experiments.Configuration;

namespace SpareSim.Cli;

/// <summary>
/// Maps failures to exit codes: 2 bad input (nothing run), 130 interrupted, 1 anything else;
/// messages are the cleaned sentences of <see cref="UserMessage"/>, never a runtime's text.
/// </summary>
internal static class CommandErrors
{
    /// <summary>What an interrupted run prints by default.</summary>
    public const string Interrupted = "interrupted; completed replications are checkpointed; run the same command again to resume";

    public static int Guard(Func<int> body, Func<string>? interrupted = null)
    {
        try
        {
            return body();
        }
        catch (Exception ex)
        {
            var inner = ex;
            while (inner is AggregateException { InnerExceptions.Count: > 0 } aggregate) inner = aggregate.InnerExceptions[0];
            switch (inner)
            {
                case ExperimentInputException input:
                    Console.Error.WriteLine($"sparesim: {UserMessage.Clean(input.Message)}");
                    return 2;
                case OperationCanceledException:
                    Console.Error.WriteLine($"sparesim: {interrupted?.Invoke() ?? Interrupted}");
                    return 130;
                default:
                    Console.Error.WriteLine($"sparesim: {UserMessage.Of(inner)}");
                    return 1;
            }
        }
    }
}
