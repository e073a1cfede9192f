namespace SpareSim.Experiments.Configuration;

/// <summary>
/// A plot an experiment asks for: a measure (y, with its confidence interval as error bars)
/// against a scenario parameter (x), one series per value of an optional grouping parameter.
/// </summary>
/// <param name="Measure">The measure on the y axis (snake_case name).</param>
/// <param name="X">The parameter on the x axis; null plots one point per scenario (by index).</param>
/// <param name="Series">The parameter whose values make separate series; null for one series.</param>
public sealed record PlotSpec(string Measure, string? X, string? Series);
