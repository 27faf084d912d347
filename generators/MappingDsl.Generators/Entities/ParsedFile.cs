using MappingDsl.Generators.Common;

namespace MappingDsl.Generators.Entities;

/// <summary>What one metadata file yielded: a table, or the MDSL050 saying why not.</summary>
internal sealed record ParsedFile(string FilePath, TableModel? Table, DiagnosticInfo? Error)
{
    public static ParsedFile Failed(string filePath, string reason) =>
        new(filePath, null, DiagnosticInfo.Create(
            Diagnostics.PackDiagnostics.MetadataUnreadable,
            new LocationInfo(filePath, default, default),
            filePath,
            reason));
}
