namespace SpareSim.Models.Network.Disruptions;

/// <summary>The element a disruption is aimed at: its list, its index there, and its name as written (e.g. <c>sources:am-printer</c>).</summary>
/// <param name="Element">The list the element is in.</param>
/// <param name="Index">The element's index in that list of the <see cref="Definition.NetworkDefinition"/>.</param>
/// <param name="Name">The element as the model file names it (LIST:NAME).</param>
public sealed record DisruptionTarget(DisruptedElement Element, int Index, string Name);
