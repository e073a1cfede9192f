namespace SpareSim.Models.Network.File;

/// <summary>The range a number of a model file must lie in.</summary>
internal enum NumberRule
{
    Any,
    Positive,
    NonNegative,
    Probability,
}
