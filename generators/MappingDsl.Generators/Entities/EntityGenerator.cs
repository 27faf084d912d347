using System;
using System.Linq;
using MappingDsl.Generators.Common;
using MappingDsl.Generators.Diagnostics;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappingDsl.Generators.Entities;

/// <summary>
/// Generates one typed entity per Dataverse table from the metadata snapshot (AdditionalFiles <c>metadata/*.json</c>),
/// and completes user-declared <c>[CustomTable]</c> classes the same way.
/// </summary>
/// <remarks>
/// Pipeline: file → <see cref="ParsedFile"/> (per file, cached while the file's text is unchanged) → all files'
/// <see cref="TableIndex"/> (entity sets, duplicates) → per file <see cref="TableResolver.Resolve"/> → source. Editing
/// one file re-parses only that file; the others stay cached unless the index itself changes.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class EntityGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static text => IsMetadataFile(text.Path))
            .WithTrackingName(EntityTrackingNames.MetadataFiles);

        var parsed = files
            .Select(static (text, ct) => TableParser.Parse(text.Path, text.GetText(ct)?.ToString(), ct))
            .WithTrackingName(EntityTrackingNames.ParsedTables);

        var index = parsed.Collect()
            .Select(static (all, _) => TableIndex.Build(all))
            .WithTrackingName(EntityTrackingNames.TableIndex);

        var resolved = parsed.Combine(index)
            .Select(static (pair, _) => TableResolver.Resolve(pair.Left, pair.Right))
            .WithTrackingName(EntityTrackingNames.ResolvedTables);

        context.RegisterSourceOutput(resolved, static (spc, file) => Emit(spc, file));

        var customTables = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                CustomTableParser.AttributeMetadataName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (ctx, ct) => CustomTableParser.Parse(ctx, ct))
            .Where(static table => table is not null)
            .Select(static (table, _) => table!)
            .WithTrackingName(EntityTrackingNames.CustomTables);

        context.RegisterSourceOutput(customTables, static (spc, table) =>
            spc.AddSource(CustomTableEmitter.HintName(table), CustomTableEmitter.Emit(table)));

        var profiles = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".discovery.json", StringComparison.OrdinalIgnoreCase))
            .Select(static (text, ct) => DiscoveredColumnsParser.Profiles(text.GetText(ct)?.ToString() ?? "", ct))
            .Collect();
        var discovered = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                DiscoveredColumnsParser.AttributeMetadataName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (ctx, ct) => DiscoveredColumnsParser.Parse(ctx, ct))
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(EntityTrackingNames.DiscoveredColumns);
        context.RegisterSourceOutput(discovered.Combine(profiles), static (spc, input) => EmitDiscovered(spc, input.Left, input.Right));
    }

    private static void EmitDiscovered(SourceProductionContext context, DiscoveredColumnsModel model, System.Collections.Immutable.ImmutableArray<EquatableArray<ProfiledField>> snapshots)
    {
        var fields = snapshots.SelectMany(s => s).ToList();
        if (!fields.Any(f => f.Group == model.Group))
            context.ReportDiagnostic(DiagnosticInfo.Create(PackDiagnostics.DiscoveredGroupMissing, model.Location, model.Declaration, model.Group).ToDiagnostic());
        if (!model.RestIsMemo)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(PackDiagnostics.DiscoveredRestColumnInvalid, model.Location, model.Declaration, model.Rest).ToDiagnostic());
            return;
        }
        var columns = DiscoveredColumnsEmitter.Columns(model, fields);
        foreach (var column in columns.Where(c => c.Problem is not null))
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(PackDiagnostics.DiscoveredKeyNotAColumn, model.Location, column.Key, model.Group,
                column.Frequency.ToString("P1", System.Globalization.CultureInfo.InvariantCulture), model.Declaration, column.Problem!).ToDiagnostic());
        }
        context.AddSource(DiscoveredColumnsEmitter.HintName(model), DiscoveredColumnsEmitter.Emit(model, columns));
    }

    private static void Emit(SourceProductionContext context, ParsedFile file)
    {
        if (file.Error is not null)
            context.ReportDiagnostic(file.Error.ToDiagnostic());
        if (file.Table is null)
            return;
        string source;
        try
        {
            source = EntityEmitter.Emit(file.Table);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One table the emitter cannot write must not drop every other table (CS8785).
            context.ReportDiagnostic(ParsedFile.Failed(file.FilePath, $"the entity cannot be generated ({ex.GetType().Name}: {ex.Message})").Error!.ToDiagnostic());
            return;
        }
        context.AddSource(EntityEmitter.HintName(file.Table), source);
    }

    /// <summary>A <c>.json</c> file whose directory is named <c>metadata</c> (either path separator, any case).</summary>
    internal static bool IsMetadataFile(string path)
    {
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            return false;
        var fileStart = path.LastIndexOfAny(['/', '\\']);
        if (fileStart <= 0)
            return false;
        var directoryStart = path.LastIndexOfAny(['/', '\\'], fileStart - 1) + 1;
        return fileStart - directoryStart == "metadata".Length
            && string.Compare(path, directoryStart, "metadata", 0, "metadata".Length, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
