namespace SpareSim.Models.Network.Definition;

/// <summary>One version of a part.</summary>
/// <param name="Name">The version's name, e.g. "cm" or "am".</param>
/// <param name="Price">Piece price: the purchase cost of an order and the base of the holding cost.</param>
public sealed record PartVersionDefinition(string Name, double Price);
