using SpareSim.Models.Network.Definition;

namespace SpareSim.Models.Network.File;

/// <summary>A network read from a model file, with what is needed to find files it names.</summary>
/// <param name="Definition">The validated network.</param>
/// <param name="Source">The file (or text) it was read from, for messages.</param>
/// <param name="BaseDirectory">The folder relative file names in the model are relative to.</param>
/// <param name="Description">The model's description, if any.</param>
public sealed record NetworkModel(NetworkDefinition Definition, string Source, string BaseDirectory, string Description);
