using SpareSim.Experiments;

namespace SpareSim.Cli;

/// <summary><c>sparesim studies [NAME]</c>: the studies an experiment can name (or one), with their options and defaults.</summary>
internal sealed class StudiesCommand : ICommand
{
    public string Name => "studies";

    public string Summary => "[NAME]: the studies (or the one named), with their options and defaults";

    public int Execute(string[] args)
    {
        if (args.Length > 1 || (args.Length == 1 && args[0].StartsWith('-')))
        {
            Console.Error.WriteLine("usage: sparesim studies [NAME]");
            return 2;
        }
        var names = Catalog.Studies().Names;
        if (args.Length == 1 && !names.Contains(args[0]))
        {
            Console.Error.WriteLine($"sparesim studies: no study named '{args[0]}' (the studies: {string.Join(", ", names)})");
            return 2;
        }
        CatalogText.WriteStudies(Console.Out, withOptions: true, only: args.Length == 1 ? args[0] : null);
        return 0;
    }
}
