using SpareSim.Experiments;

namespace SpareSim.Cli;

/// <summary><c>sparesim models [NAME]</c>: the models an experiment can name (or one), with parameters and measures.</summary>
internal sealed class ModelsCommand : ICommand
{
    public string Name => "models";

    public string Summary => "[NAME]: the simulation models (or the one named), with their parameters (defaults) and measures";

    public int Execute(string[] args) => CatalogText.ShowOneOrAll("models", "model", Catalog.Models().Names, args,
        only => CatalogText.WriteModels(Console.Out, withParameters: true, only));
}
