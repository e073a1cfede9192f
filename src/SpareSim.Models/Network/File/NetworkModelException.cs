namespace SpareSim.Models.Network.File;

/// <summary>A bad model file: the JSON path of the offending value and what is wrong with it.</summary>
public sealed class NetworkModelException : Exception
{
    /// <summary>Creates the error for <paramref name="path"/> (e.g. <c>$.sites[north].parent</c>).</summary>
    public NetworkModelException(string path, string reason) : base($"{path}: {reason}")
    {
        JsonPath = path;
        Reason = reason;
    }

    /// <summary>The JSON path of the offending value.</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }
}
