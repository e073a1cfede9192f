namespace SpareSim.Models.InstalledBases;

/// <summary>The two versions of a spare part: conventionally manufactured or printed.</summary>
public enum PartVersion
{
    /// <summary>Conventionally manufactured (CM).</summary>
    Cm = 0,

    /// <summary>Additively manufactured, printed (AM).</summary>
    Am = 1,
}
