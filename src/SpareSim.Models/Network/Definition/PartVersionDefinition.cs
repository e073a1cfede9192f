namespace SpareSim.Models.Network.Definition;

/// <summary>One version of a part.</summary>
/// <param name="Name">The version's name, e.g. "cm" or "am".</param>
/// <param name="Price">Piece price: the purchase cost of an order and the base of the holding cost.</param>
/// <param name="Temporary">
/// A stopgap (a printed part at a remote site, thesis ch. 3): installed only by a stock point's
/// review, never stocked or ordered; removed when its site's convoy arrives (its system waits again
/// for the replenishment its first failure ordered), and its own failure orders nothing.
/// </param>
public sealed record PartVersionDefinition(string Name, double Price, bool Temporary = false);
