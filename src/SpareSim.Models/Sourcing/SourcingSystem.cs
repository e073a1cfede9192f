using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Core.Statistics;
using SpareSim.Models.Controllers;
using SpareSim.Models.InstalledBases;
using SpareSim.Models.StockPoints;
using SpareSim.Models.Suppliers;

namespace SpareSim.Models.Sourcing;

/// <summary>
/// An installed base, a stock point and a CM and an AM supplier wired together in one simulation,
/// with a controller deciding at each failure what to install and what to order, and the
/// accounting of <see cref="SourcingMeasures"/> (time-weighted levels and event counts that
/// <see cref="ResetStatistics"/> restarts at the end of the warm-up).
/// </summary>
public sealed class SourcingSystem : IFailureHandler, IPartReceiver
{
    private readonly Simulation _simulation;
    private readonly SourcingSystemConfiguration _configuration;
    private readonly ISourcingController _controller;
    private readonly InstalledBase _installedBase;
    private readonly StockPoint _stockPoint;
    private readonly Supplier _supplierCm;
    private readonly Supplier _supplierAm;
    private readonly TimeWeightedStatistic _installedCm;
    private readonly TimeWeightedStatistic _installedAm;
    private readonly TimeWeightedStatistic _pipelineCm;
    private readonly TimeWeightedStatistic _pipelineAm;
    private readonly TimeWeightedStatistic _stockCm;
    private readonly TimeWeightedStatistic _stockAm;
    private int _countInstalledCm;
    private int _countInstalledAm;
    private long _failures;
    private long _servedFromStock;
    private long _ordersCm;
    private long _ordersAm;
    private bool _started;

    /// <summary>Builds the system in <paramref name="simulation"/>, drawing from <paramref name="streams"/>.</summary>
    public SourcingSystem(Simulation simulation, RandomStreams streams, SourcingSystemConfiguration configuration, ISourcingController controller)
    {
        _simulation = simulation ?? throw new ArgumentNullException(nameof(simulation));
        ArgumentNullException.ThrowIfNull(streams);
        _configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));
        _controller = controller ?? throw new ArgumentNullException(nameof(controller));
        int k = configuration.InstalledBase;
        var versions = new PartVersion[k];
        for (int j = 0; j < k; j++) versions[j] = j < configuration.InitialInstalledAm ? PartVersion.Am : PartVersion.Cm;
        _installedBase = new InstalledBase(simulation, streams, configuration.LifetimeCm, configuration.LifetimeAm, versions);
        _stockPoint = new StockPoint(simulation, configuration.InitialStockCm, configuration.InitialStockAm);
        _supplierCm = new Supplier(simulation, streams, PartVersion.Cm, configuration.LeadTimeCm);
        _supplierAm = new Supplier(simulation, streams, PartVersion.Am, configuration.LeadTimeAm);
        _countInstalledAm = configuration.InitialInstalledAm;
        _countInstalledCm = k - configuration.InitialInstalledAm;
        double now = simulation.Now;
        _installedCm = new TimeWeightedStatistic(now, _countInstalledCm);
        _installedAm = new TimeWeightedStatistic(now, _countInstalledAm);
        _pipelineCm = new TimeWeightedStatistic(now, 0);
        _pipelineAm = new TimeWeightedStatistic(now, 0);
        _stockCm = new TimeWeightedStatistic(now, configuration.InitialStockCm);
        _stockAm = new TimeWeightedStatistic(now, configuration.InitialStockAm);
    }

    /// <summary>The current state (nC, nA, rC, rA, sC, sA).</summary>
    public InventoryState State => new(_countInstalledCm, _countInstalledAm, _supplierCm.Outstanding, _supplierAm.Outstanding,
        _stockPoint.StockCm, _stockPoint.StockAm);

    /// <summary>Starts the installed base's processes. Call once.</summary>
    public void Start()
    {
        if (_started) throw new InvalidOperationException("the system is already started");
        _started = true;
        _supplierCm.DeliverTo(this);
        _supplierAm.DeliverTo(this);
        _installedBase.Start(this);
    }

    /// <summary>Restarts every statistic now (end of the warm-up).</summary>
    public void ResetStatistics()
    {
        double now = _simulation.Now;
        _installedCm.Reset(now);
        _installedAm.Reset(now);
        _pipelineCm.Reset(now);
        _pipelineAm.Reset(now);
        _stockCm.Reset(now);
        _stockAm.Reset(now);
        _failures = 0;
        _servedFromStock = 0;
        _ordersCm = 0;
        _ordersAm = 0;
    }

    /// <summary>The measures over the period since the last reset (or the start).</summary>
    public SourcingMeasures Measures()
    {
        double now = _simulation.Now;
        double time = now - _stockCm.StartTime;
        if (!(time > 0)) throw new InvalidOperationException("no time has been observed since the last reset");
        var costs = _configuration.Costs;
        int k = _configuration.InstalledBase;
        double nC = _installedCm.TimeAverage(now), nA = _installedAm.TimeAverage(now);
        double sC = _stockCm.TimeAverage(now), sA = _stockAm.TimeAverage(now);
        double backorders = k - nC - nA;
        return new SourcingMeasures
        {
            ObservedTime = time,
            PurchaseCost = (costs.PriceCm * _ordersCm + costs.PriceAm * _ordersAm) / time,
            MaintenanceCost = costs.MaintenanceCost * _failures / time,
            HoldingCost = costs.HoldingRate * (costs.PriceCm * sC + costs.PriceAm * sA),
            BackorderCost = costs.BackorderCost * backorders,
            OperationalSavings = costs.OperationalSavingAm * nA,
            DesignCost = costs.DesignCost,
            Availability = (nC + nA) / k,
            MeanBackorders = backorders,
            FillRate = _failures == 0 ? double.NaN : (double)_servedFromStock / _failures,
            OrderRateCm = _ordersCm / time,
            OrderRateAm = _ordersAm / time,
            FailureRate = _failures / time,
            MeanInstalledCm = nC,
            MeanInstalledAm = nA,
            MeanPipelineCm = _pipelineCm.TimeAverage(now),
            MeanPipelineAm = _pipelineAm.TimeAverage(now),
            MeanStockCm = sC,
            MeanStockAm = sA,
        };
    }

    /// <inheritdoc />
    Event? IFailureHandler.OnFailure(int system, PartVersion version)
    {
        var decision = _controller.OnFailure(State, version);
        double now = _simulation.Now;
        _failures++;
        if (version == PartVersion.Cm) _installedCm.Update(now, --_countInstalledCm);
        else _installedAm.Update(now, --_countInstalledAm);

        if (decision.Order == PartVersion.Cm)
        {
            _ordersCm++;
            _supplierCm.Order();
            _pipelineCm.Update(now, _supplierCm.Outstanding);
        }
        else
        {
            _ordersAm++;
            _supplierAm.Order();
            _pipelineAm.Update(now, _supplierAm.Outstanding);
        }

        if (_stockPoint.TryTake(decision.Install, out var taken))
        {
            _servedFromStock++;
            UpdateStock(now, taken);
            Install(now, system, taken);
            return null;
        }
        return _stockPoint.Backorder(system);
    }

    /// <inheritdoc />
    void IPartReceiver.OnArrival(PartVersion version)
    {
        double now = _simulation.Now;
        if (version == PartVersion.Cm) _pipelineCm.Update(now, _supplierCm.Outstanding);
        else _pipelineAm.Update(now, _supplierAm.Outstanding);
        if (_stockPoint.Receive(version, out int system)) Install(now, system, version);
        else UpdateStock(now, version);
    }

    private void Install(double now, int system, PartVersion version)
    {
        _installedBase.Install(system, version);
        if (version == PartVersion.Cm) _installedCm.Update(now, ++_countInstalledCm);
        else _installedAm.Update(now, ++_countInstalledAm);
    }

    private void UpdateStock(double now, PartVersion version)
    {
        if (version == PartVersion.Cm) _stockCm.Update(now, _stockPoint.StockCm);
        else _stockAm.Update(now, _stockPoint.StockAm);
    }
}
