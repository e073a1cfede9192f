using System.Globalization;
using SpareSim.Analytics.RemotePrinting;

namespace SpareSim.Experiments.Models.RemoteSite;

/// <summary>
/// A remote-site policy as the network's review runs it: base stock S for the convoy, print for
/// n ≥ <see cref="PrintFrom"/> periods left, expedite for n ≥ <see cref="ExpediteFrom"/>, and the
/// rule while the convoy is overdue (null: the n = 1 action).
/// </summary>
/// <param name="BaseStock">S ≥ 0.</param>
/// <param name="PrintFrom">Print for n ≥ this (int.MaxValue: never).</param>
/// <param name="ExpediteFrom">Expedite for n ≥ this (int.MaxValue: never).</param>
/// <param name="WhileOverdue">"wait", "print" or "expedite" while the convoy is overdue; null for the n = 1 action.</param>
public sealed record RemoteSitePolicyRule(int BaseStock, int PrintFrom, int ExpediteFrom = int.MaxValue, string? WhileOverdue = null)
{
    /// <summary>
    /// The rule of an analytical policy; throws when its emergency actions are not of the threshold
    /// form (expedite above, print in the middle, wait near the convoy) that the chapter proves optimal.
    /// </summary>
    public static RemoteSitePolicyRule From(RemoteSitePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var e = policy.Emergency;
        int l = e.CycleLength;
        int print = e.PrintThresholdPeriod is var p && p >= 1 && p < l ? p : int.MaxValue;
        int expedite = e.ExpediteThresholdPeriod is var x && x >= 1 && x < l ? x : int.MaxValue;
        var rule = new RemoteSitePolicyRule(policy.BaseStock, print, expedite);
        for (int n = 1; n < l; n++)
        {
            var expected = n >= expedite ? EmergencyAction.Expedite : n >= print ? EmergencyAction.Print : EmergencyAction.Wait;
            if (e[n] != expected) throw new ArgumentException($"the emergency policy {e.Describe()} is not of threshold form (n = {n.ToString(CultureInfo.InvariantCulture)})", nameof(policy));
        }
        return rule;
    }
}
