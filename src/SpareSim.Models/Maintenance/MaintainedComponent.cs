using SpareSim.Core.Kernel;
using SpareSim.Core.Random;

namespace SpareSim.Models.Maintenance;

/// <summary>
/// The simulated component: a kernel process that installs a regular part, runs it to its failure
/// or PM age, and bridges a failure with printed parts as the <see cref="TemporaryPartRule"/> says,
/// until the next regular installation, the renewal that closes a cycle in the
/// <see cref="MaintenanceCycleLedger"/>. Regular lifetimes come from stream "pm/regular-lifetimes"
/// and printed ones from "pm/printed-lifetimes", one draw per part in installation order, so two
/// policies run with the same seed see the same k-th regular part (common random numbers).
/// </summary>
public sealed class MaintainedComponent
{
    private readonly Simulation _sim;
    private readonly MaintainedComponentConfiguration _c;
    private readonly RandomStream _regular;
    private readonly RandomStream _printed;

    /// <summary>A component in <paramref name="simulation"/> drawing from <paramref name="streams"/>.</summary>
    public MaintainedComponent(Simulation simulation, RandomStreams streams, MaintainedComponentConfiguration configuration)
    {
        _sim = simulation ?? throw new ArgumentNullException(nameof(simulation));
        ArgumentNullException.ThrowIfNull(streams);
        _c = configuration ?? throw new ArgumentNullException(nameof(configuration));
        _c.Validate();
        _regular = streams.Get("pm/regular-lifetimes");
        _printed = streams.Get("pm/printed-lifetimes");
    }

    /// <summary>The cycle costs and rates.</summary>
    public MaintenanceCycleLedger Ledger { get; } = new();

    /// <summary>The events outside the analytic model.</summary>
    public OutOfModelEvents OutOfModel { get; } = new();

    /// <summary>Starts the process for <paramref name="cycles"/> renewal cycles.</summary>
    public Process Start(long cycles) => _sim.Process(Run(cycles), "maintained-component");

    private IEnumerable<Event> Run(long cycles)
    {
        var c = _c;
        var ledger = Ledger;
        double tr = c.Controller.ReplacementAge;
        for (long n = 0; n < cycles; n++)
        {
            double start = _sim.Now;
            // The renewal: a regular part installed (its price and the action).
            ledger.Add(MaintenanceCycleLedger.RegularPurchase, c.RegularPrice);
            ledger.Add(MaintenanceCycleLedger.Maintenance, c.MaintenanceCost);
            double x = c.RegularLifetime.Sample(_regular);
            double arrival = c.Controller.SuccessorArrival(x, c.RegularLeadTime);
            yield return _sim.Timeout(Math.Min(x, tr));
            if (x < tr) ledger.Add(MaintenanceCycleLedger.Failure, c.FailureCost);
            double age = _sim.Now - start;
            if (c.Controller.Ordering == RegularOrdering.AtInstallation)
            {
                if (age < arrival)
                {
                    OutOfModel.RegularFailuresBeforeSpare++;
                    yield return Down(arrival - age);
                }
                else
                {
                    Hold(age - arrival);
                }
            }
            else if (age < arrival)
            {
                if (c.TemporaryParts is { } rule && rule.Prints(age, arrival - age, c.PrintLeadTime))
                {
                    foreach (var e in Bridge(rule, start + arrival)) yield return e;
                }
                else
                {
                    yield return Down(arrival - age);
                }
            }
            ledger.Close(_sim.Now - start);
        }
    }

    /// <summary>Prints and runs printed parts until the regular part, due at <paramref name="arrival"/>, is installed.</summary>
    private IEnumerable<Event> Bridge(TemporaryPartRule rule, double arrival)
    {
        var c = _c;
        var ledger = Ledger;
        bool first = true;
        while (true)
        {
            if (!first) OutOfModel.Reprints++;
            first = false;
            ledger.Add(MaintenanceCycleLedger.Printing, c.PrintPrice);
            ledger.Add(MaintenanceCycleLedger.Prints, 1);
            yield return Down(c.PrintLeadTime);
            ledger.Add(MaintenanceCycleLedger.Maintenance, c.MaintenanceCost);
            double xp = c.PrintedLifetime.Sample(_printed);
            double untilArrival = arrival - _sim.Now;
            // TR removes the printed part at the arrival, DA at its own age t_p (never before the arrival, see Validate).
            double use = rule.Removal == PrintedPartRemoval.OnRegularArrival ? untilArrival : Math.Min(rule.PrintedReplacementAge, xp);
            if (xp >= untilArrival)
            {
                ledger.Add(MaintenanceCycleLedger.PrintedDays, use);
                yield return _sim.Timeout(use);
                if (use > untilArrival) Hold(use - untilArrival);
                if (rule.Removal == PrintedPartRemoval.AtOwnAge && xp < rule.PrintedReplacementAge) ledger.Add(MaintenanceCycleLedger.Failure, c.FailureCost);
                yield break;
            }
            OutOfModel.PrintedFailuresBeforeRegular++;
            ledger.Add(MaintenanceCycleLedger.PrintedDays, xp);
            yield return _sim.Timeout(xp);
            if (rule.ChargeEarlyFailure) ledger.Add(MaintenanceCycleLedger.Failure, c.FailureCost);
            if (rule.EarlyFailure == EarlyPrintedFailureResponse.Reprint && arrival - _sim.Now > c.PrintLeadTime) continue;
            yield return Down(arrival - _sim.Now);
            yield break;
        }
    }

    private Event Down(double days)
    {
        Ledger.Add(MaintenanceCycleLedger.Downtime, _c.DowntimeRate * days);
        Ledger.Add(MaintenanceCycleLedger.DowntimeDays, days);
        return _sim.Timeout(days);
    }

    private void Hold(double days)
    {
        Ledger.Add(MaintenanceCycleLedger.Holding, _c.HoldingRate * days);
        Ledger.Add(MaintenanceCycleLedger.HoldingDays, days);
    }
}
