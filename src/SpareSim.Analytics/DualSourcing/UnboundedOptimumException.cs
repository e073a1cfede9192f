namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// The base-stock search has no finite optimum: the cost does not increase with the stock (a
/// holding rate of 0 makes every extra part free to keep, so more stock never costs more). The
/// message gives the cost the search was approaching.
/// </summary>
public sealed class UnboundedOptimumException : InvalidOperationException
{
    /// <summary>An exception with <paramref name="message"/>.</summary>
    public UnboundedOptimumException(string message) : base(message) { }
}
