namespace SpareSim.Experiments.Studies;

/// <summary>The studies an experiment file can name, by <see cref="IStudy.Name"/>.</summary>
public sealed class StudyRegistry
{
    private readonly Dictionary<string, IStudy> _studies = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers <paramref name="study"/>.</summary>
    public StudyRegistry Add(IStudy study)
    {
        if (!_studies.TryAdd(study.Name, study)) throw new ArgumentException($"a study named '{study.Name}' is already registered", nameof(study));
        return this;
    }

    /// <summary>The registered names, sorted.</summary>
    public IEnumerable<string> Names => _studies.Keys.Order(StringComparer.Ordinal);

    /// <summary>The study named <paramref name="name"/>, or null.</summary>
    public IStudy? Find(string name) => _studies.GetValueOrDefault(name);
}
