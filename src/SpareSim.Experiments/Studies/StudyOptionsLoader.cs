using Microsoft.Extensions.Configuration;
using SpareSim.Experiments.Configuration;

namespace SpareSim.Experiments.Studies;

/// <summary>
/// Binds a study's options from its experiment file and command-line overrides; unknown keys
/// (at any depth) are errors, and so is a list where one value belongs (or a value where a
/// list belongs), which the configuration binder would silently skip.
/// </summary>
public static class StudyOptionsLoader
{
    /// <summary>Binds <typeparamref name="TOptions"/>; nested sections are checked against the property names of <paramref name="nestedTypes"/>.</summary>
    public static TOptions Load<TOptions>(string experimentFile, IEnumerable<string> overrides, params Type[] nestedTypes) where TOptions : new()
    {
        JsonFileCheck.EnsureValid(experimentFile, "EXPERIMENT");
        var config = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(experimentFile), optional: false).AddCommandLine(overrides.ToArray()).Build();
        var top = Names(typeof(TOptions));
        top.Add("study");
        var nested = new HashSet<string>(nestedTypes.SelectMany(t => Names(t)), StringComparer.OrdinalIgnoreCase);
        foreach (var section in config.GetChildren())
        {
            if (!top.Contains(section.Key)) throw new ArgumentException($"{experimentFile}: unknown key '{section.Key}'");
            Check(section, nested, experimentFile);
        }
        CheckShapes(config, typeof(TOptions), "");
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

    /// <summary>Every scalar property is given one value, every list a list.</summary>
    private static void CheckShapes(IConfiguration section, Type type, string path)
    {
        foreach (var property in type.GetProperties().Where(p => p.CanWrite))
        {
            var child = section.GetChildren().FirstOrDefault(c => c.Key.Equals(property.Name, StringComparison.OrdinalIgnoreCase));
            if (child is null || !child.Exists()) continue;
            string at = path + child.Key;
            var t = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsScalar(t))
            {
                if (child.GetChildren().Any()) throw new ArgumentException($"{at}: must be a single value, got a list or an object");
            }
            else if (IsList(t))
            {
                var item = t.GetGenericArguments()[0];
                if (child.Value is not null && !child.GetChildren().Any()) throw new ArgumentException($"{at}: must be a list, e.g. [{child.Value}]");
                foreach (var element in child.GetChildren())
                {
                    if (IsScalar(item) && element.GetChildren().Any())
                        throw new ArgumentException($"{at}:{element.Key}: must be a single value, got a list or an object");
                    // The binder silently drops a list element it cannot convert; name it instead.
                    if (IsScalar(item) && element.Value is { } text && !Converts(text, item))
                        throw new ArgumentException($"{at}:{element.Key}: '{text}' is not a {(item == typeof(string) ? "text" : item.IsEnum ? item.Name : "number")}");
                    if (!IsScalar(item)) CheckShapes(element, item, $"{at}:{element.Key}:");
                }
            }
            else if (t.IsClass)
            {
                CheckShapes(child, t, at + ":");
            }
        }
    }

    private static bool Converts(string text, Type type)
    {
        try
        {
            _ = System.ComponentModel.TypeDescriptor.GetConverter(type).ConvertFromInvariantString(text);
            return true;
        }
        catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException || e.InnerException is FormatException or OverflowException)
        {
            return false;
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal);

    private static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>);

    private static HashSet<string> Names(Type type) =>
        new(type.GetProperties().Where(p => p.CanWrite).Select(p => p.Name), StringComparer.OrdinalIgnoreCase);
}
