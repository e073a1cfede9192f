namespace SpareSim.Models.Network.Definition;

/// <summary>What a source is.</summary>
public enum SourceKind
{
    /// <summary>An external supplier: every order arrives after its own lead time (uncapacitated).</summary>
    Supplier,

    /// <summary>Local repair of the failed unit at the ordering site (uncapacitated).</summary>
    Repair,

    /// <summary>A pool of printers (a capacitated resource) with raw material.</summary>
    Printer,
}
