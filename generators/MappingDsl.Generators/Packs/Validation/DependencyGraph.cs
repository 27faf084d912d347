using System.Collections.Generic;
using System.Linq;

namespace MappingDsl.Generators.Packs.Validation;

/// <summary>Load order from <c>m.Ref</c> edges: phases for the catalog and the cycles that make an order impossible.</summary>
internal static class DependencyGraph
{
    /// <summary>The non-deferred pairs a pair references (Ref and Party), distinct, in first-use order.</summary>
    public static List<string> DependsOn(PairModel pair) => Distinct(pair, deferred: false);

    /// <summary>The pairs a pair references through <c>m.RefLater</c>.</summary>
    public static List<string> DeferredDependsOn(PairModel pair) => Distinct(pair, deferred: true);

    /// <summary>Each cycle once, as the pair names along it (first repeated at the end).</summary>
    public static List<List<string>> Cycles(IReadOnlyList<PairModel> pairs)
    {
        var edges = pairs.ToDictionary(p => p.Name, DependsOn);
        var cycles = new List<List<string>>();
        var reported = new HashSet<string>();
        foreach (var pair in pairs)
        {
            if (reported.Contains(pair.Name))
                continue;
            var path = PathBack(pair.Name, edges);
            if (path is null)
                continue;
            foreach (var name in path)
                reported.Add(name);
            cycles.Add(path);
        }
        return cycles;
    }

    /// <summary>
    /// Phase per pair: 1 without dependencies, else one after its latest dependency; <c>LoadLast</c> pairs after every
    /// other loading pair; documentation-only pairs last, except those that configure the target (<c>Configures</c>),
    /// which run in phase 0.
    /// </summary>
    public static Dictionary<string, int> Phases(IReadOnlyList<PairModel> pairs)
    {
        var edges = pairs.ToDictionary(p => p.Name, DependsOn);
        var loadLast = new HashSet<string>(pairs.Where(p => p.LoadLast).Select(p => p.Name));
        var phases = new Dictionary<string, int>();
        var floor = 1;
        int Phase(string name, int depth)
        {
            if (phases.TryGetValue(name, out var known))
                return known;
            var phase = loadLast.Contains(name) ? floor : 1;
            if (depth <= pairs.Count && edges.TryGetValue(name, out var dependencies))
            {
                foreach (var dependency in dependencies)
                {
                    if (dependency != name)
                        phase = System.Math.Max(phase, Phase(dependency, depth + 1) + 1);
                }
            }
            phases[name] = phase;
            return phase;
        }
        // Pairs that need a LoadLast pair are placed with it, in the second pass.
        bool NeedsLast(string name, int depth) =>
            loadLast.Contains(name) || (depth <= pairs.Count && edges.TryGetValue(name, out var d) && d.Any(n => n != name && NeedsLast(n, depth + 1)));
        var loaders = pairs.Where(p => p.Shape != PairShape.DocumentationOnly).ToList();
        foreach (var pair in loaders.Where(p => !NeedsLast(p.Name, 0)))
            Phase(pair.Name, 0);
        floor = (phases.Count == 0 ? 0 : phases.Values.Max()) + 1;
        foreach (var pair in loaders.Where(p => NeedsLast(p.Name, 0)))
            Phase(pair.Name, 0);
        var last = phases.Count == 0 ? 1 : phases.Values.Max();
        foreach (var pair in pairs.Where(p => p.Shape == PairShape.DocumentationOnly))
            phases[pair.Name] = pair.Configures.Count > 0 ? 0 : last;
        return phases;
    }

    private static List<string> Distinct(PairModel pair, bool deferred)
    {
        var names = new List<string>();
        foreach (var reference in pair.References)
        {
            if (reference.Deferred == deferred && reference.Pair is { } name && !names.Contains(name))
                names.Add(name);
        }
        return names;
    }

    // Breadth-first from the start's dependencies back to the start: the shortest cycle through it, or null.
    private static List<string>? PathBack(string start, Dictionary<string, List<string>> edges)
    {
        var previous = new Dictionary<string, string>();
        var queue = new Queue<string>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (!edges.TryGetValue(current, out var next))
                continue;
            foreach (var dependency in next)
            {
                if (dependency == start)
                {
                    var path = new List<string> { start };
                    for (var at = current; at != start; at = previous[at])
                        path.Insert(1, at);
                    path.Add(start);
                    return path;
                }
                if (dependency != start && !previous.ContainsKey(dependency))
                {
                    previous[dependency] = current;
                    queue.Enqueue(dependency);
                }
            }
        }
        return null;
    }
}
