using SpareSim.Core.Distributions;

namespace SpareSim.Models.Network.Definition;

/// <summary>
/// A site: a node of the site tree (central, regional, remote). Replenishments from the parent
/// arrive after <see cref="ShipTime"/>, or ride <see cref="Convoy"/> when one is set; a convoy also
/// carries the site's deliveries from external suppliers.
/// </summary>
/// <param name="Name">The site's name.</param>
/// <param name="Parent">Index of the parent site, or −1 for a root.</param>
/// <param name="ShipTime">Shipping time from the parent (null: immediate, or by convoy).</param>
/// <param name="Convoy">Index of the convoy that carries inbound replenishments, or −1.</param>
/// <param name="CostPerShipment">Transport cost per unit shipped from the parent.</param>
public sealed record SiteDefinition(string Name, int Parent, IDistribution? ShipTime, int Convoy, double CostPerShipment);
