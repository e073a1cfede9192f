namespace SpareSim.Cli;

/// <summary><c>sparesim studies</c>: the studies an experiment can name, with their options and defaults.</summary>
internal sealed class StudiesCommand : ICommand
{
    public string Name => "studies";

    public string Summary => "the studies, with their options and defaults";

    public int Execute(string[] args)
    {
        CatalogText.WriteStudies(Console.Out, withOptions: true);
        return 0;
    }
}
