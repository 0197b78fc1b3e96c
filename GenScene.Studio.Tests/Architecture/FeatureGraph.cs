using System.Globalization;
using System.Text;

namespace GenScene.Studio.Tests.Architecture;

/// <summary>Loops in the graph of features (Tarjan's strongly connected components), and a message naming the files behind them.</summary>
public static class FeatureGraph
{
    /// <summary>Every group of features that reach one another: each is a loop, two features or more.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IEnumerable<FeatureEdge> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Distinct().Order().ToList());
        var nodes = next.Keys.Concat(next.Values.SelectMany(v => v)).Distinct().Order().ToList();
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var target in next.GetValueOrDefault(node, []))
            {
                if (!index.TryGetValue(target, out var seen))
                {
                    Visit(target);
                    low[node] = Math.Min(low[node], low[target]);
                }
                else if (stack.Contains(target))
                {
                    low[node] = Math.Min(low[node], seen);
                }
            }
            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != node);
                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order()]);
                }
            }
        }

        foreach (var node in nodes.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }
        return cycles;
    }

    /// <summary>For each loop: one path around it, then every edge inside it with the files (and lines) that make it.</summary>
    public static string Describe(IReadOnlyList<IReadOnlyList<string>> cycles, IEnumerable<FeatureEdge> edges)
    {
        var all = edges.ToList();
        var text = new StringBuilder();
        foreach (var cycle in cycles)
        {
            var members = cycle.ToHashSet();
            var inside = all.Where(e => members.Contains(e.From) && members.Contains(e.To)).ToList();
            text.AppendLine(CultureInfo.InvariantCulture, $"Features that depend on each other: {string.Join(" → ", PathAround(cycle[0], inside))}");
            foreach (var edge in inside.GroupBy(e => (e.From, e.To)).OrderBy(g => g.Key.From).ThenBy(g => g.Key.To))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {edge.Key.From} → {edge.Key.To}:");
                foreach (var (file, how) in edge.Select(e => (e.File, e.How)).Distinct())
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"    {file}: {how}");
                }
            }
        }
        return text.ToString();
    }

    /// <summary>The shortest way from <paramref name="start"/> back to itself along <paramref name="edges"/>.</summary>
    private static List<string> PathAround(string start, List<FeatureEdge> edges)
    {
        var previous = new Dictionary<string, string>();
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var target in edges.Where(e => e.From == node).Select(e => e.To).Distinct().Order())
            {
                if (target == start)
                {
                    var path = new List<string> { start };
                    for (var at = node; at != start; at = previous[at])
                    {
                        path.Insert(1, at);
                    }
                    path.Add(start);
                    return path;
                }
                if (previous.TryAdd(target, node))
                {
                    queue.Enqueue(target);
                }
            }
        }
        return [start];
    }
}
