using SpareSim.Experiments.Configuration;

namespace SpareSim.Experiments.Studies;

/// <summary>
/// A study given by two functions: one that binds and validates its options (file + overrides),
/// one that runs them. Option binders of the studies throw <see cref="ArgumentException"/> for
/// bad input; that becomes <see cref="ExperimentInputException"/> (exit code 2) before any work.
/// </summary>
/// <typeparam name="TOptions">The study's options type.</typeparam>
public sealed class DelegateStudy<TOptions> : IStudy
{
    private readonly Func<string, IReadOnlyList<string>, TOptions> _load;
    private readonly Func<TOptions, string, StudyContext, Task<int>> _run;
    private readonly bool _parallel;

    /// <summary>Creates the study.</summary>
    /// <param name="name">The value of <c>Study</c> in experiment files.</param>
    /// <param name="load">Binds and validates the options from the file and the overrides.</param>
    /// <param name="run">Runs the options; the string is the command line, recorded as provenance.</param>
    /// <param name="parallel">Whether the options have a <c>DegreeOfParallelism</c> that <c>--threads</c> sets.</param>
    /// <param name="runsThroughRunner">Whether the study's replications run through the experiment runner (<see cref="StudySimulation"/>).</param>
    public DelegateStudy(string name, Func<string, IReadOnlyList<string>, TOptions> load, Func<TOptions, string, StudyContext, Task<int>> run, bool parallel,
        bool runsThroughRunner = false)
    {
        RunsThroughRunner = runsThroughRunner;
        Name = name;
        _load = load;
        _run = run;
        _parallel = parallel;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public bool RunsThroughRunner { get; }

    /// <inheritdoc />
    public Type OptionsType => typeof(TOptions);

    /// <inheritdoc />
    public Task<int> RunAsync(string experimentFile, IReadOnlyList<string> overrides, StudyContext context)
    {
        var all = overrides.ToList();
        if (context.OutputFolder is not null) all.Add($"--Output={context.OutputFolder}");
        if (_parallel) all.Add($"--DegreeOfParallelism={context.Threads}");
        TOptions options;
        try
        {
            options = _load(experimentFile, all);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException)
        {
            throw new ExperimentInputException($"Study {Name}", UserMessage.Of(ex));
        }
        string commandLine = string.Join(' ', new[] { "sparesim run", experimentFile }.Concat(overrides));
        return _run(options, commandLine, context);
    }
}
