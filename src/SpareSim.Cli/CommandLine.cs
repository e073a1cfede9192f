namespace SpareSim.Cli;

/// <summary>Dispatches <c>sparesim VERB ...</c> to its command.</summary>
internal static class CommandLine
{
    // Each verb registers here; keep the list sorted by name.
    private static readonly ICommand[] Commands =
    [
        new BenchCommand(),
        new CompareCommand(),
        new FitCommand(),
        new MergeCommand(),
        new ModelsCommand(),
        new ReproduceCommand(),
        new RunCommand(),
        new StudiesCommand(),
    ];

    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            PrintUsage(Console.Out);
            return args.Length == 0 ? 2 : 0;
        }
        if (args[0] is "--version" or "-V" or "version")
        {
            Console.WriteLine(VersionText.Line());
            return 0;
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
        foreach (var c in Commands) w.WriteLine($"  {c.Name,-9} {c.Summary}");
        w.WriteLine("  --version the engine version and the commit it was built from");
        w.WriteLine("sparesim run --help: the experiment keys, models and studies; sparesim models / studies: their parameters and options.");
    }
}
