using SpareSim.Experiments;

namespace SpareSim.Cli;

/// <summary><c>sparesim models [NAME]</c>: the models an experiment can name (or one), with parameters and measures.</summary>
internal sealed class ModelsCommand : ICommand
{
    public string Name => "models";

    public string Summary => "[NAME]: the simulation models (or the one named), with their parameters (defaults) and measures";

    public int Execute(string[] args)
    {
        if (args.Length > 1 || (args.Length == 1 && args[0].StartsWith('-')))
        {
            Console.Error.WriteLine("usage: sparesim models [NAME]");
            return 2;
        }
        var names = Catalog.Models().Names;
        if (args.Length == 1 && !names.Contains(args[0]))
        {
            Console.Error.WriteLine($"sparesim models: no model named '{args[0]}' (the models: {string.Join(", ", names)})");
            return 2;
        }
        CatalogText.WriteModels(Console.Out, withParameters: true, only: args.Length == 1 ? args[0] : null);
        return 0;
    }
}
