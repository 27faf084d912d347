using System;
using System.Linq;
using MappingDsl.Generators.Common;
using MappingDsl.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappingDsl.Generators.Packs;

/// <summary>
/// The map-pack generator: <c>[MapPack]</c> classes → equatable <see cref="PackModel"/> → MDSL diagnostics and
/// <c>{Pack}.g.cs</c> (transforms, catalog, manifest, registration). Diagnostics and source are separate outputs.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class MapPackGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var parsed = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                MetadataNames.MapPack,
                static (node, _) => node is ClassDeclarationSyntax,
                static (ctx, token) => PackParser.Parse(ctx, token))
            .WithTrackingName(PackTrackingNames.Parse);

        var snapshots = context.AdditionalTextsProvider
            .Where(static text => DiscoveryReader.IsSnapshot(text))
            .Select(static (text, token) => DiscoveryReader.Read(text, token))
            .WithTrackingName(PackTrackingNames.Discovery)
            .Collect();

        var validated = parsed
            .Combine(snapshots)
            .Select(static (input, token) => PackValidator.Validate(input.Left, input.Right, token))
            .WithTrackingName(PackTrackingNames.Validate);

        // Diagnostics are their own output, combined with the compilation only here: their locations are re-created
        // in its syntax trees (so #pragma and [SuppressMessage] reach them) while the model and emission stay cached.
        context.RegisterSourceOutput(
            validated.Select(static (result, _) => result.Diagnostics).WithTrackingName(PackTrackingNames.Diagnostics)
                .Combine(context.CompilationProvider)
                .Select(static (input, _) => PlacedDiagnostics.Place(input.Left, input.Right)),
            static (spc, diagnostics) => diagnostics.Report(spc));

        var emitModel = validated
            .Select(static (result, _) => result.Model)
            .WithTrackingName(PackTrackingNames.Model)
            .Where(static model => model is not null)
            .Select(static (model, _) => EmitModel.WithoutLocations(model!))
            .WithTrackingName(PackTrackingNames.EmitModel);
        var files = emitModel
            .Select(static (model, _) => Emit(model))
            .WithTrackingName(PackTrackingNames.Emit);

        // The pairs' direct-write twins: one file each, with the usings of the pair's own files.
        context.RegisterSourceOutput(emitModel.Select(static (model, _) => DirectTransformEmitter.Emit(model)), static (spc, twins) =>
        {
            foreach (var (hintName, text) in twins)
                spc.AddSource(hintName, text);
        });

        context.RegisterSourceOutput(files, static (spc, file) =>
        {
            if (file.Diagnostic is { } failure)
                spc.ReportDiagnostic(failure.ToDiagnostic());
            else
                spc.AddSource(file.File!.HintName, file.File.Text);
        });
    }

    private static EmitResult Emit(PackModel model)
    {
        try
        {
            return new EmitResult(PackEmitter.Emit(model), null);
        }
        catch (Exception e)
        {
            // The emission model has no locations (so it stays cached across line shifts): the message names the pack.
            return new EmitResult(null, DiagnosticInfo.Create(PackDiagnostics.InternalError, null, model.ClassName, e.GetType().Name + ": " + e.Message));
        }
    }

    private sealed record EmitResult(GeneratedFile? File, DiagnosticInfo? Diagnostic);
}
