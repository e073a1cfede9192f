namespace SpareSim.Analytics.Fitting;

/// <summary>
/// One unit's record: observed from age <see cref="Entry"/> (left truncation: a unit that enters
/// the records at a later age is known to have survived to it) until age <see cref="Time"/>, at
/// which it either failed (<see cref="Failed"/>) or was still running (right-censored).
/// </summary>
/// <param name="Time">The age at failure or at the end of observation, &gt; 0.</param>
/// <param name="Failed">True if the unit failed at <paramref name="Time"/>; false if it was still running (censored).</param>
/// <param name="Entry">The age from which the unit was observed, in [0, Time).</param>
public readonly record struct LifeObservation(double Time, bool Failed, double Entry = 0);
