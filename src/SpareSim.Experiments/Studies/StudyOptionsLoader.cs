using Microsoft.Extensions.Configuration;

namespace SpareSim.Experiments.Studies;

/// <summary>Binds a study's options from its experiment file and command-line overrides; unknown keys (at any depth) are errors.</summary>
public static class StudyOptionsLoader
{
    /// <summary>Binds <typeparamref name="TOptions"/>; nested sections are checked against the property names of <paramref name="nestedTypes"/>.</summary>
    public static TOptions Load<TOptions>(string experimentFile, IEnumerable<string> overrides, params Type[] nestedTypes) where TOptions : new()
    {
        var config = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(experimentFile), optional: false).AddCommandLine(overrides.ToArray()).Build();
        var top = Names(typeof(TOptions));
        top.Add("study");
        var nested = new HashSet<string>(nestedTypes.SelectMany(t => Names(t)), StringComparer.OrdinalIgnoreCase);
        foreach (var section in config.GetChildren())
        {
            if (!top.Contains(section.Key)) throw new ArgumentException($"{experimentFile}: unknown key '{section.Key}'");
            Check(section, nested, experimentFile);
        }
        var options = new TOptions();
        // The binder appends a file's list to the items a property starts with; a list the file
        // (or an override) sets must replace the default instead, so it starts empty here.
        foreach (var property in typeof(TOptions).GetProperties().Where(p => p.CanWrite && IsList(p.PropertyType)))
            if (config.GetSection(property.Name).Exists())
                property.SetValue(options, Activator.CreateInstance(property.PropertyType));
        config.Bind(options);
        return options;
    }

    private static void Check(IConfigurationSection section, HashSet<string> nested, string file)
    {
        foreach (var child in section.GetChildren())
        {
            // Array items are numbered; their fields are checked one level down.
            if (!int.TryParse(child.Key, out _) && !nested.Contains(child.Key)) throw new ArgumentException($"{file}: unknown key '{child.Path}'");
            Check(child, nested, file);
        }
    }

    private static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>);

    private static HashSet<string> Names(Type type) =>
        new(type.GetProperties().Where(p => p.CanWrite).Select(p => p.Name), StringComparer.OrdinalIgnoreCase);
}
