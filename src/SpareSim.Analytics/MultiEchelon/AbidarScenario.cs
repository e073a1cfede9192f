namespace SpareSim.Analytics.MultiEchelon;

/// <summary>Supply scenarios of Abidar &amp; Chaabane (spec §1.1): baseline, centralized AM, decentralized AM.</summary>
public enum AbidarScenario
{
    /// <summary>B: conventional repair (CP) only ("EBO_Baseline", App. C model 1).</summary>
    Baseline,

    /// <summary>C: AM at the central maintenance center only (App. C model 2).</summary>
    Centralized,

    /// <summary>D: AM at the CMC for its own demand and at the regional centers (App. C model 3).</summary>
    Decentralized,
}
