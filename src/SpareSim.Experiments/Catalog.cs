using SpareSim.Experiments.Models.Echelon;
using SpareSim.Experiments.Models.InstalledBaseSourcing;
using SpareSim.Experiments.Models.SupplyNetwork;
using SpareSim.Experiments.Simulation;
using SpareSim.Experiments.Studies;
using SpareSim.Experiments.Studies.Abidar;
using SpareSim.Experiments.Studies.DualSourcingValidation;
using SpareSim.Experiments.Studies.IpLicensing;
using SpareSim.Experiments.Studies.Knofius;
using SpareSim.Experiments.Studies.KnofiusHingeBracket;
using SpareSim.Experiments.Studies.LeadTimeInsensitivity;
using SpareSim.Experiments.Studies.LifeCycleCost;
using SpareSim.Experiments.Studies.MultiEchelon;
using SpareSim.Experiments.Studies.PreventiveMaintenance;
using SpareSim.Experiments.Studies.RemotePrinting;

namespace SpareSim.Experiments;

/// <summary>The built-in simulation models and studies that experiment files can name.</summary>
public static class Catalog
{
    /// <summary>A registry with every built-in simulation model.</summary>
    public static ModelRegistry Models() => new ModelRegistry()
        .Add(new InstalledBaseModel())
        .Add(new QueueModel())
        .Add(new EchelonNetworkModel())
        .AddFileModel("supply-network", file => new SupplyNetworkModel(file, NetworkControllers.Registry()));

    /// <summary>A registry with every built-in study.</summary>
    public static StudyRegistry Studies() => new StudyRegistry()
        .Add(new DelegateStudy<KnofiusTable2Options>("knofius-table2", KnofiusTable2Study.LoadOptions,
            (o, cmd, ctx) => KnofiusTable2Study.RunAsync(o, cmd, ctx.Log, ctx.Cancellation), parallel: true))
        .Add(new DelegateStudy<HingeBracketOptions>("knofius-hinge-bracket", HingeBracketOptions.Load,
            (o, cmd, ctx) => Task.FromResult(HingeBracketStudy.Run(HingeBracketModel.Load(o.Model), o.AggregationLevels, o.Output, cmd, ctx.Log)), parallel: false))
        .Add(new DelegateStudy<DualSourcingValidationOptions>("dual-sourcing-validation", DualSourcingValidationStudy.LoadOptions,
            async (o, cmd, ctx) => { await DualSourcingValidationStudy.RunAsync(o, cmd, ctx); return 0; }, parallel: true, runsThroughRunner: true))
        .Add(new DelegateStudy<LeadTimeInsensitivityOptions>("leadtime-insensitivity", LeadTimeInsensitivityStudy.LoadOptions,
            async (o, cmd, ctx) => { await LeadTimeInsensitivityStudy.RunAsync(o, cmd, ctx); return 0; }, parallel: true, runsThroughRunner: true))
        .Add(new DelegateStudy<Table31Options>("remote-printing-table31", Table31Study.LoadOptions,
            async (o, cmd, ctx) => { await Table31Study.RunAsync(o, cmd, ctx); return 0; }, parallel: true, runsThroughRunner: true))
        .Add(new DelegateStudy<MaliCaseOptions>("mali-case", MaliCaseStudy.LoadOptions,
            async (o, cmd, ctx) => { await MaliCaseStudy.RunAsync(o, cmd, ctx.Log); return 0; }, parallel: false))
        .Add(new DelegateStudy<StressOptions>("remote-printing-stress", StressStudy.LoadOptions,
            async (o, cmd, ctx) => { await StressStudy.RunAsync(o, cmd, ctx); return 0; }, parallel: true, runsThroughRunner: true))
        .Add(new DelegateStudy<MultiEchelonValidationOptions>("multi-echelon-validation", MultiEchelonValidationStudy.LoadOptions,
            async (o, cmd, ctx) => { await MultiEchelonValidationStudy.RunAsync(o, cmd, ctx); return 0; }, parallel: true, runsThroughRunner: true))
        .Add(new DelegateStudy<AbidarClaimsOptions>("abidar-claims", AbidarClaimsStudy.LoadOptions,
            async (o, cmd, ctx) => { await AbidarClaimsStudy.RunAsync(o, cmd, ctx); return 0; }, parallel: true, runsThroughRunner: true))
        .Add(new DelegateStudy<EchelonAllocationOptions>("echelon-allocation", EchelonAllocationStudy.LoadOptions,
            async (o, cmd, ctx) => { await EchelonAllocationStudy.RunAsync(o, cmd, ctx); return 0; }, parallel: true, runsThroughRunner: true))
        .Add(new DelegateStudy<AppendixCOptions>(AppendixCStudy.Name, AppendixCStudy.LoadOptions,
            async (o, cmd, ctx) => { await AppendixCStudy.RunAsync(o, cmd, ctx.Log); return 0; }, parallel: false))
        .Add(new DelegateStudy<PmBaseCaseOptions>("pm-base-case", PmBaseCaseOptions.Load,
            (o, cmd, ctx) => PmBaseCaseStudy.RunAsync(o, cmd, ctx.Log), parallel: false))
        .Add(new DelegateStudy<PmValidationOptions>("pm-validation", PmValidationOptions.Load,
            (o, cmd, ctx) => PmValidationStudy.RunAsync(o, cmd, ctx.Log, ctx.Cancellation), parallel: true))
        .Add(new DelegateStudy<PmFactorialOptions>("pm-factorial", PmFactorialOptions.Load,
            (o, cmd, ctx) => PmFactorialStudy.RunAsync(o, cmd, ctx.Log, ctx.Cancellation), parallel: true))
        .Add(new DelegateStudy<PmSensitivityOptions>("pm-sensitivity", PmSensitivityOptions.Load,
            (o, cmd, ctx) => PmSensitivityStudy.RunAsync(o, cmd, ctx.Log, ctx.Cancellation), parallel: true))
        .Add(new DelegateStudy<LifeCycleCostOptions>(LifeCycleCostStudy.Name, LifeCycleCostOptions.Load,
            (o, cmd, ctx) => LifeCycleCostStudy.RunAsync(o, cmd, ctx.Log, ctx.Cancellation), parallel: true))
        .Add(new DelegateStudy<DesValidationOptions>(DesValidationStudy.Name, DesValidationOptions.Load,
            (o, cmd, ctx) => DesValidationStudy.RunAsync(o, cmd, ctx.Log, ctx.Cancellation), parallel: true))
        .Add(new DelegateStudy<IpLicensingOptions>(IpLicensingStudy.Name, IpLicensingOptions.Load,
            (o, cmd, ctx) => IpLicensingStudy.RunAsync(o, cmd, ctx.Log, ctx.Cancellation), parallel: true))
        .Add(new DelegateStudy<IpSimulationOptions>(IpSimulationStudy.Name, IpSimulationOptions.Load,
            async (o, cmd, ctx) => { await IpSimulationStudy.RunAsync(o, cmd, ctx); return 0; }, parallel: true, runsThroughRunner: true));
}
