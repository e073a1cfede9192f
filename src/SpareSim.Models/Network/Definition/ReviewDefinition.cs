using SpareSim.Models.Network.Controllers;

namespace SpareSim.Models.Network.Definition;

/// <summary>
/// A stock point's end-of-period review (thesis ch. 3, the remote site's emergency decision): at the
/// end of every period, unless its site's convoy arrived at that instant, <see cref="Controller"/>
/// sees the failures waiting and the periods until the awaited convoy, and says how many to expedite
/// (a pending convoy order is taken off the convoy and delivered from <see cref="ExpediteSource"/>)
/// and how many stopgaps of <see cref="PrintVersion"/> to print tonight on <see cref="PrintSource"/>.
/// </summary>
/// <param name="Controller">The review rule.</param>
/// <param name="ExpediteSource">Index of the supplier expedited orders come from, or −1.</param>
/// <param name="PrintSource">Index of the printer pool stopgaps are printed on, or −1.</param>
/// <param name="PrintVersion">Index of the (temporary) version printed, or −1.</param>
public sealed record ReviewDefinition(IReviewController Controller, int ExpediteSource, int PrintSource, int PrintVersion);
