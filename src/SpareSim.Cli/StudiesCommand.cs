using SpareSim.Experiments;

namespace SpareSim.Cli;

/// <summary><c>sparesim studies [NAME]</c>: the studies an experiment can name (or one), with their options and defaults.</summary>
internal sealed class StudiesCommand : ICommand
{
    public string Name => "studies";

    public string Summary => "[NAME]: the studies (or the one named), with their options and defaults";

    public int Execute(string[] args) => CatalogText.ShowOneOrAll("studies", "study", Catalog.Studies().Names, args,
        only => CatalogText.WriteStudies(Console.Out, withOptions: true, only));
}
