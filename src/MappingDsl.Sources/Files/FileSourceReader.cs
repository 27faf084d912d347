using System.Runtime.CompilerServices;

namespace MappingDsl.Sources.Files;

/// <summary>
/// Reads a source's records from a folder (<c>file:&lt;dir&gt;</c>), for exports and for replaying captured API pages:
/// <c>&lt;dir&gt;/&lt;module&gt;.json|.jsonl|.csv</c> and every such file under <c>&lt;dir&gt;/&lt;module&gt;/</c>, in ordinal
/// name order. JSON files are pages as the API returns them (any envelope <see cref="JsonPageParser"/> knows, or a bare
/// array), JSONL holds one record per line, CSV has a header row (see <see cref="CsvRecordReader"/>).
/// </summary>
public sealed class FileSourceReader : ISourceReader, ISourceCounter
{
    private const string Scheme = "file:";
    private static readonly string[] Extensions = [".json", ".jsonl", ".csv"];
    private readonly Func<string, RecordFields> _fieldsFor;

    /// <summary>Reads from <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder holding the files.</param>
    /// <param name="fieldsFor">Per module, where the id and timestamp are; <see cref="RecordFields.Default"/> when omitted.</param>
    public FileSourceReader(string directory, Func<string, RecordFields>? fieldsFor = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!System.IO.Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"source folder '{directory}' does not exist");
        }

        Directory = directory;
        _fieldsFor = fieldsFor ?? (_ => RecordFields.Default);
    }

    /// <summary>The folder read from.</summary>
    public string Directory { get; }

    /// <summary>Whether <paramref name="spec"/> is a <c>file:&lt;dir&gt;</c> source spec.</summary>
    /// <param name="spec">A source spec from the command line or configuration.</param>
    public static bool IsFileSpec(string spec) => spec.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens the reader a <c>file:&lt;dir&gt;</c> spec names.</summary>
    /// <param name="spec">The spec, e.g. <c>file:./export</c>.</param>
    /// <param name="fieldsFor">Per module, where the id and timestamp are.</param>
    public static FileSourceReader FromSpec(string spec, Func<string, RecordFields>? fieldsFor = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (!IsFileSpec(spec))
        {
            throw new ArgumentException($"'{spec}' is not a file source; expected file:<dir>", nameof(spec));
        }

        return new FileSourceReader(spec[Scheme.Length..], fieldsFor);
    }

    /// <summary>The files that hold <paramref name="module"/>'s records, in read order.</summary>
    /// <param name="module">The module.</param>
    public IReadOnlyList<string> FilesFor(string module)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(module);
        var files = new List<string>();
        foreach (var extension in Extensions)
        {
            var single = Path.Combine(Directory, module + extension);
            if (File.Exists(single))
            {
                files.Add(single);
            }
        }

        var folder = Path.Combine(Directory, module);
        if (System.IO.Directory.Exists(folder))
        {
            files.AddRange(System.IO.Directory.EnumerateFiles(folder)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal));
        }

        return files;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<SourceRecord> ReadAsync(
        string module,
        DateTimeOffset? modifiedSince,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var files = FilesFor(module);
        if (files.Count == 0)
        {
            throw new FileNotFoundException(
                $"no file for module '{module}' in '{Directory}' (looked for {module}.json, {module}.jsonl, {module}.csv and {module}/*)");
        }

        var fields = _fieldsFor(module);
        foreach (var file in files)
        {
            var records = Path.GetExtension(file).ToLowerInvariant() switch
            {
                ".csv" => CsvRecordReader.ReadAsync(file, module, fields, ct),
                ".jsonl" => JsonLinesRecordReader.ReadAsync(file, module, fields, ct),
                _ => JsonPageFileReader.ReadAsync(file, module, fields, ct),
            };
            await foreach (var record in records.ConfigureAwait(false))
            {
                if (ModifiedFilter.Passes(record, modifiedSince))
                {
                    yield return record;
                }
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// A full read is counted from the files themselves (<see cref="FileTally"/>); a delta has no count of its own, so
    /// it returns null and the report says the source count is the records read.
    /// </remarks>
    public async Task<SourceTally?> CountAsync(string module, DateTimeOffset? modifiedSince, CancellationToken ct)
    {
        var files = FilesFor(module);
        if (files.Count == 0 || modifiedSince is not null)
        {
            return null;
        }

        return await FileTally.CountAsync(files, ct).ConfigureAwait(false);
    }
}
