namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// Makes an improved policy unichain again. Howard's improvement step can return a policy with
/// several recurrent classes (e.g. "keep ordering the version the installed base is made of" traps
/// an all-CM and an all-AM class). Every class then has a gain no worse than the old policy's; we
/// keep the class with the lowest gain and, since every state of this MDP can reach every other
/// under some actions (it is communicating), re-route the states that cannot reach that class
/// through actions that lead towards it. The result has the kept class as its only recurrent
/// class, so its gain is the kept class's gain and policy iteration stays monotone.
/// </summary>
internal static class UnichainRepair
{
    public static void Apply(DualSourcingChain chain, DualSourcingAction[] actions, IReadOnlyList<bool[]> classes)
    {
        int n = actions.Length;
        bool[] best = classes[0];
        double bestGain = double.PositiveInfinity;
        foreach (var member in classes)
        {
            double g = chain.ClassGain(actions, member);
            if (g < bestGain) { bestGain = g; best = member; }
        }
        var space = chain.Space;
        Span<int> next = stackalloc int[4];
        while (true)
        {
            var reaches = ReachingStates(chain, actions, best);
            bool changed = false;
            for (int i = 0; i < n; i++)
            {
                if (reaches[i]) continue;
                foreach (var candidate in Enum.GetValues<DualSourcingAction>())
                {
                    var a = space.Canonical(i, candidate);
                    int count = chain.Successors(i, a, next);
                    bool leads = false;
                    for (int e = 0; e < count; e++) leads |= reaches[next[e]];
                    if (leads) { actions[i] = a; reaches[i] = true; changed = true; break; }
                }
            }
            if (!changed)
            {
                if (Array.TrueForAll(reaches, r => r)) return;
                throw new InvalidOperationException($"cannot route every state into the best recurrent class (k = {space.InstalledBase}, S = {space.BaseStock}): the MDP should be communicating");
            }
        }
    }

    // States from which the target set is reachable under the policy (reverse breadth-first search).
    private static bool[] ReachingStates(DualSourcingChain chain, DualSourcingAction[] actions, bool[] target)
    {
        int n = actions.Length;
        var predecessors = new List<int>[n];
        Span<int> next = stackalloc int[4];
        for (int i = 0; i < n; i++)
        {
            int count = chain.Successors(i, actions[i], next);
            for (int e = 0; e < count; e++) (predecessors[next[e]] ??= []).Add(i);
        }
        var reaches = (bool[])target.Clone();
        var queue = new Queue<int>();
        for (int i = 0; i < n; i++) if (reaches[i]) queue.Enqueue(i);
        while (queue.Count > 0)
        {
            int j = queue.Dequeue();
            if (predecessors[j] is null) continue;
            foreach (int i in predecessors[j]) if (!reaches[i]) { reaches[i] = true; queue.Enqueue(i); }
        }
        return reaches;
    }
}
