using SpareSim.Models.Network.Definition;

namespace SpareSim.Models.Network.File;

/// <summary>The checks across elements that one element's reader cannot make.</summary>
internal static class NetworkValidator
{
    public static void Check(NetworkDefinition network)
    {
        var sites = network.Sites;
        for (int s = 0; s < sites.Count; s++)
        {
            int steps = 0;
            for (int at = sites[s].Parent; at >= 0; at = sites[at].Parent)
            {
                if (at == s || ++steps > sites.Count)
                    throw new NetworkModelException($"$.sites[{sites[s].Name}].parent", $"the site tree has a cycle through '{sites[s].Name}'");
            }
        }
        foreach (var b in network.InstalledBases)
        {
            if (network.InstalledBases.First(o => o.Site == b.Site && o.Part == b.Part) != b)
                throw new NetworkModelException($"$.installedBases[{b.Name}]", $"site '{sites[b.Site].Name}' already has an installed base of part '{network.Parts[b.Part].Name}'; merge them (one per site and part)");
            if (network.StockPointOf(b.Site, b.Part) < 0)
                throw new NetworkModelException($"$.installedBases[{b.Name}]", $"site '{sites[b.Site].Name}' has no stock point of part '{network.Parts[b.Part].Name}' to serve its failures");
        }
        foreach (var b in network.InstalledBases)
        {
            var part = network.Parts[b.Part];
            for (int v = 0; v < part.Versions.Count; v++)
            {
                if (!part.Versions[v].Temporary) continue;
                if (b.InitialInstalled[v] > 0)
                    throw new NetworkModelException($"$.installedBases[{b.Name}].initial.{part.Versions[v].Name}", "a temporary version is printed for a waiting failure, never installed at the start");
                if (b.FailureMode == FailureMode.Poisson)
                    throw new NetworkModelException($"$.installedBases[{b.Name}].failureMode", $"part '{part.Name}' has a temporary version: units must be tracked one by one (renewal or per-period)");
                if (sites[b.Site].Convoy < 0)
                    throw new NetworkModelException($"$.installedBases[{b.Name}]", $"part '{part.Name}' has a temporary version, removed at convoy arrivals; site '{sites[b.Site].Name}' has no convoy");
            }
        }
        foreach (var p in network.StockPoints)
        {
            if (p.Review is null) continue;
            string at = $"$.stockPoints[{network.Sites[p.Site].Name}/{network.Parts[p.Part].Name}].review";
            for (int s = 0; s < sites.Count; s++)
                if (sites[s].Parent == p.Site && network.StockPointOf(s, p.Part) >= 0)
                    throw new NetworkModelException(at, $"site '{sites[s].Name}' orders from this stock point; a review serves only the site's own failures");
        }
        foreach (var source in network.Sources)
        {
            if (source.Material is { Convoy: >= 0 } material && sites[source.Site].Convoy != material.Convoy)
                throw new NetworkModelException($"$.sources[{source.Name}].material.convoy",
                    $"convoy '{network.Convoys[material.Convoy].Name}' does not serve site '{sites[source.Site].Name}', where the printer is");
        }
    }
}
