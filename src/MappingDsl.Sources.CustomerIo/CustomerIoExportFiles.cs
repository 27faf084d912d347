using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Sources.Files;

namespace MappingDsl.Sources.CustomerIo;

/// <summary>
/// Reads a Customer.io workspace offline from a folder of export files (<c>--source file:&lt;dir&gt;</c>), through the
/// shared <see cref="FileSourceReader"/>: <c>person.csv</c> (a customers export) and <c>delivery.csv</c> (a deliveries
/// export), as <see cref="CustomerIoReadPath.Export"/> downloads them or as a customer hands them over, become the same
/// records the App API path yields; every other module is read by <see cref="FileSourceReader"/> as it is. A file's row
/// with nested columns (<c>attributes.plan</c>) is the API record; a flat row (<c>id,email,cio_id,plan</c>) is taken as
/// a person's attributes. A CSV cannot tell a null from a missing value, so empty cells are left out.
/// </summary>
public sealed class CustomerIoExportFiles : ISourceReader, ISourceCounter
{
    // Export rows have no id column the generic reader should check: the shaping below keys them.
    private static readonly RecordFields Unkeyed = new("\u0001", null);
    private readonly FileSourceReader _files;

    /// <summary>Reads from <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder holding the export files.</param>
    public CustomerIoExportFiles(string directory)
    {
        _files = new FileSourceReader(directory);
        Directory = _files.Directory;
    }

    /// <summary>The folder read from.</summary>
    public string Directory { get; }

    /// <inheritdoc />
    public IAsyncEnumerable<SourceRecord> ReadAsync(string module, DateTimeOffset? modifiedSince, CancellationToken ct) =>
        module is CustomerIoModules.Person or CustomerIoModules.Delivery ? ShapedAsync(module, modifiedSince, ct) : _files.ReadAsync(module, modifiedSince, ct);

    /// <inheritdoc />
    public Task<SourceTally?> CountAsync(string module, DateTimeOffset? modifiedSince, CancellationToken ct) => _files.CountAsync(module, modifiedSince, ct);

    /// <summary>The rows of <paramref name="module"/>'s files in <paramref name="folder"/>, as the shared reader yields them.</summary>
    internal static IAsyncEnumerable<SourceRecord> RowsAsync(string folder, string module, CancellationToken ct) =>
        new FileSourceReader(folder, _ => Unkeyed).ReadAsync(module, null, ct);

    /// <summary>
    /// Turns an export row into the record the App API path yields for <paramref name="module"/>. A row the CSV reader
    /// found malformed keeps its problem (with its line number) and is quarantined.
    /// </summary>
    internal static SourceRecord Shape(SourceRecord row, string module, IReadOnlyDictionary<string, string>? companyOf)
    {
        if (row.Problem is { } problem && !problem.StartsWith("record has no", StringComparison.Ordinal))
        {
            return row with { Module = module };
        }

        if (JsonNode.Parse(row.Json.Span) is not JsonObject fields)
        {
            return row with { Module = module, Problem = "an export row is not an object" };
        }

        DropNulls(fields);
        if (module == CustomerIoModules.Delivery)
        {
            return CustomerIoExtractor.Delivery(JsonSerializer.SerializeToUtf8Bytes(fields)) with { Losses = row.Losses };
        }

        if (fields["attributes"] is not JsonObject)
        {
            // A flat export: every column is an attribute, and the identifiers are among them.
            fields = new JsonObject
            {
                ["attributes"] = fields,
                ["identifiers"] = new JsonObject
                {
                    ["cio_id"] = fields["cio_id"]?.DeepClone(),
                    ["email"] = fields["email"]?.DeepClone(),
                    ["id"] = fields["id"]?.DeepClone(),
                },
            };
            DropNulls(fields);
        }

        using var document = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(fields));
        return CustomerIoExtractor.Person(document.RootElement, companyOf) with { Losses = row.Losses };
    }

    private async IAsyncEnumerable<SourceRecord> ShapedAsync(string module, DateTimeOffset? modifiedSince, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in RowsAsync(Directory, module, ct).ConfigureAwait(false))
        {
            var record = Shape(row, module, null);
            if (ModifiedFilter.Passes(record, modifiedSince))
            {
                yield return record;
            }
        }
    }

    /// <summary>
    /// Drops null fields, and objects left empty by that (a nested column group with no value, like a missing address);
    /// an object that was empty to begin with stays. What a CSV row can say equals what the API record says after this.
    /// </summary>
    internal static void DropNulls(JsonObject node)
    {
        foreach (var (name, value) in node.ToList())
        {
            if (value is null || (value is JsonObject inner && inner.Count > 0 && DropsToEmpty(inner)))
            {
                node.Remove(name);
            }
        }
    }

    private static bool DropsToEmpty(JsonObject node)
    {
        DropNulls(node);
        return node.Count == 0;
    }
}
