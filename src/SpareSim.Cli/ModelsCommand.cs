namespace SpareSim.Cli;

/// <summary><c>sparesim models</c>: the models an experiment can name, with parameters and measures.</summary>
internal sealed class ModelsCommand : ICommand
{
    public string Name => "models";

    public string Summary => "the simulation models, with their parameters (defaults) and measures";

    public int Execute(string[] args)
    {
        CatalogText.WriteModels(Console.Out, withParameters: true);
        return 0;
    }
}
