namespace SpareSim.Analytics.IpLicensing;

/// <summary>A contract the optimal-contract procedure considers, with its name and outcome.</summary>
/// <param name="Name">"F1(0)", "F2(0)", "(F^,r^)", "none" (Theorem 5.2) or "(F^,r^+) buyer 1" (spec B.5's missing candidate).</param>
/// <param name="FromTheorem">True for Theorem 5.2's own candidates.</param>
/// <param name="Outcome">The outcome with the buyers' acceptance rule.</param>
public sealed record ContractCandidate(string Name, bool FromTheorem, ContractOutcome Outcome);
