using System.CommandLine;
using MappingDsl.Cli.Hosting;
using MappingDsl.Cli.Scaffolding;
using MappingDsl.Emulators.Dataverse;
using MappingDsl.Sources.Discovery;
using MappingDsl.Sources.Salesmate;
using MappingDsl.Sources.Scaffolding;

namespace MappingDsl.Cli.Commands;

/// <summary>
/// <c>mapdsl scaffold &lt;source&gt;</c>: proposes a pack from a discovery snapshot and the org metadata. Writes files
/// and a report; moves no record. The engineer confirms every proposed line before anything migrates.
/// </summary>
internal static class ScaffoldCommand
{
    /// <summary>The source kinds the scaffolder knows the record shapes of.</summary>
    private static readonly Dictionary<string, SourceShape> Shapes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["salesmate"] = SalesmateShape.Shape,
    };

    public static Command Create(CliOutput cli)
    {
        var source = new Argument<string>("source") { Description = $"The source kind: {string.Join(", ", Shapes.Keys)}." };
        var discovery = new Option<string>("--discovery") { Description = "The discovery snapshot (discovery/<source>.discovery.json).", Required = true };
        var output = new Option<string>("--out") { Description = "The folder to write the proposed pack to (existing files are kept).", Required = true };
        var metadata = new Option<string>("--metadata") { Description = "The org metadata snapshot folder (metadata/*.json); default: the standard snapshot." };
        var compare = new Option<string>("--compare") { Description = "A pack (by name, see `mapdsl maps`) to compare the proposal with; the report lists its assignments the proposal missed." };
        var command = new Command("scaffold", "Propose a pack (source types, pairs, custom columns, picklist matrices) from discovery and the org metadata, with a report of what to decide.")
        {
            source, discovery, output, metadata, compare,
        };
        command.SetAction(cli, async (parse, cancellationToken) =>
        {
            var name = parse.GetRequiredValue(source);
            if (!Shapes.TryGetValue(name, out var shape))
                throw new UsageException($"scaffold knows no source '{name}'; known: {string.Join(", ", Shapes.Keys)}");
            var snapshot = await DiscoverySnapshotJson.ReadFileAsync(parse.GetRequiredValue(discovery), cancellationToken).ConfigureAwait(false);
            var tables = parse.GetValue(metadata) is { } folder ? DataverseTables.Read(folder) : StandardTables();
            var proposal = Scaffolder.Propose(shape, snapshot, tables);
            var comparison = parse.GetValue(compare) is { } packName
                ? ProposalComparison.Compare(proposal, packName, CatalogAssignments.From(PackLoader.Get(packName)))
                : null;
            var root = Path.GetFullPath(parse.GetRequiredValue(output));
            var written = new List<string>();
            var kept = new List<string>();
            foreach (var (path, text) in ProposalWriter.Files(proposal, shape.DisplayName, comparison))
            {
                var file = Path.Combine(root, path);
                // Re-running after new discovery must not overwrite lines the engineer already confirmed; the report is always fresh.
                if (File.Exists(file) && path != "scaffold-report.md")
                {
                    kept.Add(path);
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                await File.WriteAllTextAsync(file, text, cancellationToken).ConfigureAwait(false);
                written.Add(path);
            }
            var open = ProposalReport.Open(proposal);
            if (parse.GetValue(CommonOptions.Json))
            {
                cli.Json(new
                {
                    Folder = root,
                    Written = written,
                    Kept = kept,
                    Proposal = proposal,
                    Decisions = open,
                    Comparison = comparison is null ? null : new { comparison.Pack, comparison.Coverage, Covered = comparison.Covered.Count, comparison.Missed },
                });
                return ExitCodes.Success;
            }
            var assignments = proposal.Pairs.Sum(p => p.Assignments.Count);
            cli.Out.WriteLine($"Proposed {proposal.Pairs.Count} pairs, {assignments} assignments, {proposal.Columns.Count} custom columns, {proposal.Matrices.Count} picklist matrices in {root}");
            if (comparison is not null)
                cli.Out.WriteLine($"Covers {comparison.Covered.Count} of {comparison.Covered.Count + comparison.Missed.Count} assignments of pack '{comparison.Pack}' ({comparison.Coverage:P1}); the report lists the {comparison.Missed.Count} missed");
            cli.Out.WriteLine($"{written.Count} files written, {kept.Count} existing files kept; {open.Count} decisions listed in scaffold-report.md");
            return ExitCodes.Success;
        });
        return command;
    }

    // The standard snapshot ships inside the Dataverse emulator, so the tool needs no repository checkout.
    private static IReadOnlyDictionary<string, DataverseTable> StandardTables()
    {
        var assembly = typeof(DataverseEmulator).Assembly;
        return DataverseTables.Parse(assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("metadata/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray();
            }));
    }
}
