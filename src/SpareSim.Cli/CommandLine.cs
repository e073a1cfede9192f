namespace SpareSim.Cli;

/// <summary>Dispatches <c>sparesim VERB ...</c> to its command.</summary>
internal static class CommandLine
{
    // Each verb registers here; keep the list sorted by name.
    private static readonly ICommand[] Commands =
    [
        new BenchCommand(),
        new FitCommand(),
        new MergeCommand(),
        new RunCommand(),
    ];

    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage(Console.Out);
            return args.Length == 0 ? 2 : 0;
        }
        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            Console.Error.WriteLine($"sparesim: unknown command '{args[0]}'");
            PrintUsage(Console.Error);
            return 2;
        }
        return command.Execute(args[1..]);
    }

    private static void PrintUsage(TextWriter w)
    {
        w.WriteLine("usage: sparesim COMMAND [ARGS]");
        foreach (var c in Commands) w.WriteLine($"  {c.Name,-8} {c.Summary}");
    }
}
