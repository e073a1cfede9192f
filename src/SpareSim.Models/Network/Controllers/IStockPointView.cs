using SpareSim.Core.Random;

namespace SpareSim.Models.Network.Controllers;

/// <summary>What a controller sees of its stock point at a decision point.</summary>
public interface IStockPointView
{
    /// <summary>The site's name.</summary>
    string Site { get; }

    /// <summary>The part's name.</summary>
    string Part { get; }

    /// <summary>The simulation time now.</summary>
    double Now { get; }

    /// <summary>Names of the part's versions, in index order.</summary>
    IReadOnlyList<string> VersionNames { get; }

    /// <summary>Names of the sources the stock point can order from, in index order ("parent" for the parent site).</summary>
    IReadOnlyList<string> SourceNames { get; }

    /// <summary>Spares of version <paramref name="version"/> on hand.</summary>
    int OnHand(int version);

    /// <summary>Units of version <paramref name="version"/> ordered and not yet received.</summary>
    int Pipeline(int version);

    /// <summary>Units of version <paramref name="version"/> installed in the site's installed bases of this part (renewal mode).</summary>
    int Installed(int version);

    /// <summary>Demands waiting for a spare (down units and child orders).</summary>
    int Backorders { get; }

    /// <summary>The version of the unit that failed (for a <see cref="DemandKind.Failure"/> demand), else −1.</summary>
    int FailedVersion { get; }

    /// <summary>The stock point's own random stream, "decisions/SITE/PART", for randomised rules.</summary>
    RandomStream DecisionStream { get; }
}
