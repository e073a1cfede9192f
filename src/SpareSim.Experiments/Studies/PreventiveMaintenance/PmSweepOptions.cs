namespace SpareSim.Experiments.Studies.PreventiveMaintenance;

/// <summary>One panel of Figure 4.5: the instance field varied (alphaP, printPrice, failureCost, downtimeRate, regularPrice) and its values.</summary>
public sealed class PmSweepOptions
{
    /// <summary>The field of <see cref="PmInstanceOptions"/> varied.</summary>
    public string Parameter { get; set; } = "alphaP";

    /// <summary>Its values.</summary>
    public List<double> Values { get; set; } = [];

    /// <summary>The base instance with the parameter set to <paramref name="value"/>; throws for an unknown parameter.</summary>
    public PmInstanceOptions Apply(PmInstanceOptions baseInstance, double value)
    {
        ArgumentNullException.ThrowIfNull(baseInstance);
        var i = baseInstance.Clone();
        switch (Parameter.Trim().ToLowerInvariant())
        {
            case "alphap": i.AlphaP = value; break;
            case "printprice": i.PrintPrice = value; break;
            case "failurecost": i.FailureCost = value; break;
            case "downtimerate": i.DowntimeRate = value; break;
            case "regularprice": i.RegularPrice = value; break;
            default: throw new ArgumentException($"parameter: must be alphaP, printPrice, failureCost, downtimeRate or regularPrice, got '{Parameter}'");
        }
        return i;
    }
}
