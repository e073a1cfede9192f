namespace SpareSim.Experiments.Studies.LifeCycleCost;

/// <summary>Average, minimum and maximum of one outcome over the instances at one factor level.</summary>
public sealed record RowStatistics(double Average, double Min, double Max)
{
    /// <summary>The statistics of <paramref name="outcome"/> over the instances where <paramref name="factor"/> equals <paramref name="level"/>.</summary>
    public static RowStatistics Of(IEnumerable<FactorialInstance> instances, FactorialFactor factor, double level, Func<FactorialInstance, double> outcome)
    {
        ArgumentNullException.ThrowIfNull(factor);
        var values = instances.Where(i => factor.Value(i) == level).Select(outcome).ToList();
        if (values.Count == 0) throw new InvalidOperationException($"no instance has {factor.Label} = {level}");
        return new RowStatistics(values.Average(), values.Min(), values.Max());
    }

    /// <summary>As an array avg, min, max.</summary>
    public double[] ToArray() => [Average, Min, Max];
}
