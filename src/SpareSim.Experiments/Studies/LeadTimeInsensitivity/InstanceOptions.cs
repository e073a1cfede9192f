using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Experiments.Studies.LeadTimeInsensitivity;

/// <summary>One named dual-sourcing instance as written in an experiment file (rates per month).</summary>
public sealed class InstanceOptions
{
    /// <summary>Name used in the results.</summary>
    public string Name { get; set; } = "";

    /// <summary>k.</summary>
    public int K { get; set; }

    /// <summary>λC.</summary>
    public double LambdaCm { get; set; }

    /// <summary>μC.</summary>
    public double MuCm { get; set; }

    /// <summary>cC.</summary>
    public double PriceCm { get; set; }

    /// <summary>λA.</summary>
    public double LambdaAm { get; set; }

    /// <summary>μA.</summary>
    public double MuAm { get; set; }

    /// <summary>cA.</summary>
    public double PriceAm { get; set; }

    /// <summary>b.</summary>
    public double BackorderCost { get; set; }

    /// <summary>m.</summary>
    public double MaintenanceCost { get; set; }

    /// <summary>κ.</summary>
    public double HoldingRate { get; set; }

    /// <summary>The validated analytical instance (the constructor names a bad parameter).</summary>
    public DualSourcingInstance ToInstance()
    {
        if (string.IsNullOrWhiteSpace(Name)) throw new ArgumentException("instances: every instance needs a name");
        return new DualSourcingInstance(K, LambdaCm, MuCm, PriceCm, LambdaAm, MuAm, PriceAm, BackorderCost, MaintenanceCost, HoldingRate);
    }
}
