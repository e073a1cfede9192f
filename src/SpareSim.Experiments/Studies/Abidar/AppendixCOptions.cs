namespace SpareSim.Experiments.Studies.Abidar;

/// <summary>Options of <c>experiments/abidar-appendix-c.json</c>.</summary>
public sealed class AppendixCOptions
{
    /// <summary>Output folder.</summary>
    public string Output { get; set; } = "results/abidar-appendix-c";

    /// <summary>The published Appendix C values (CSV: line,item,scenario,m,rt,phi,s0..s5; the paper's rt "0" already mapped to 1).</summary>
    public string PublishedValues { get; set; } = "models/abidar-appendix-c.csv";

    /// <summary>Checks every option; throws naming the key.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Output)) throw new ArgumentException("output: a folder is required");
        if (string.IsNullOrWhiteSpace(PublishedValues)) throw new ArgumentException("publishedValues: a CSV file is required");
        if (!File.Exists(PublishedValues)) throw new ArgumentException($"publishedValues: file '{PublishedValues}' does not exist");
    }
}
