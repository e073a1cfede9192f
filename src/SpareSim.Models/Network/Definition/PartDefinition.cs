namespace SpareSim.Models.Network.Definition;

/// <summary>A part and its versions (for example "cm" and "am"), which differ in price, failure law and source.</summary>
/// <param name="Name">The part's name.</param>
/// <param name="Versions">Its versions (at least one).</param>
public sealed record PartDefinition(string Name, IReadOnlyList<PartVersionDefinition> Versions)
{
    /// <summary>Index of the version named <paramref name="name"/>, or −1.</summary>
    public int VersionIndex(string name)
    {
        for (int v = 0; v < Versions.Count; v++)
            if (Versions[v].Name == name) return v;
        return -1;
    }
}
