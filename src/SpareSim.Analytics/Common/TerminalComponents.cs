namespace SpareSim.Analytics.Common;

/// <summary>
/// The closed (terminal) strongly connected components of a directed graph: for the transition
/// graph of a Markov chain these are its recurrent classes. Iterative Tarjan, so deep chains do not
/// overflow the stack.
/// </summary>
public static class TerminalComponents
{
    /// <summary>
    /// Labels each node with its strongly connected component and returns the labels of the
    /// components with no edge leaving them. <paramref name="successors"/> writes the successors of
    /// a node into the buffer and returns their count (at most <paramref name="maxDegree"/>).
    /// </summary>
    public static IReadOnlyList<int> Find(int nodeCount, int maxDegree, SuccessorFiller successors, out int[] component)
    {
        var index = new int[nodeCount];
        var low = new int[nodeCount];
        var onStack = new bool[nodeCount];
        component = new int[nodeCount];
        Array.Fill(index, -1);
        var adjacency = new int[nodeCount * maxDegree];
        var degree = new int[nodeCount];
        for (int v = 0; v < nodeCount; v++)
            degree[v] = successors(v, adjacency.AsSpan(v * maxDegree, maxDegree));
        var stack = new Stack<int>();
        var call = new Stack<(int Node, int Edge)>();
        int counter = 0, components = 0;
        for (int root = 0; root < nodeCount; root++)
        {
            if (index[root] >= 0) continue;
            call.Push((root, 0));
            index[root] = low[root] = counter++;
            stack.Push(root); onStack[root] = true;
            while (call.Count > 0)
            {
                var (v, e) = call.Pop();
                if (e < degree[v])
                {
                    call.Push((v, e + 1));
                    int w = adjacency[v * maxDegree + e];
                    if (index[w] < 0)
                    {
                        index[w] = low[w] = counter++;
                        stack.Push(w); onStack[w] = true;
                        call.Push((w, 0));
                    }
                    else if (onStack[w]) low[v] = Math.Min(low[v], index[w]);
                    continue;
                }
                if (low[v] == index[v])
                {
                    int w;
                    do { w = stack.Pop(); onStack[w] = false; component[w] = components; } while (w != v);
                    components++;
                }
                if (call.Count > 0) { var parent = call.Peek().Node; low[parent] = Math.Min(low[parent], low[v]); }
            }
        }
        var closed = new bool[components];
        Array.Fill(closed, true);
        for (int v = 0; v < nodeCount; v++)
            for (int e = 0; e < degree[v]; e++)
                if (component[adjacency[v * maxDegree + e]] != component[v]) closed[component[v]] = false;
        var result = new List<int>();
        for (int c = 0; c < components; c++) if (closed[c]) result.Add(c);
        return result;
    }

    /// <summary>Writes the successors of <paramref name="node"/>; returns their number.</summary>
    public delegate int SuccessorFiller(int node, Span<int> successors);
}
