using MappingDsl.Sources.Discovery;

namespace MappingDsl.Sources.Salesmate;

/// <summary>
/// Audits a Salesmate account before a migration: record counts per module, custom field definitions, picklist
/// values in use, tag cardinality and owners (users plus every owner email referenced on records). Reads every
/// record once, one page at a time.
/// </summary>
public sealed class SalesmateDiscovery
{
    /// <summary>The choice list Salesmate tags are numbered in.</summary>
    public const string TagChoices = "tags";

    private readonly SalesmateExtractor _extractor;
    private readonly TimeProvider _time;

    /// <summary>Creates a discovery run over <paramref name="extractor"/>.</summary>
    /// <param name="extractor">Reads the account.</param>
    /// <param name="time">The clock stamped into the snapshot; the system clock when omitted.</param>
    public SalesmateDiscovery(SalesmateExtractor extractor, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        _extractor = extractor;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Runs discovery over every module.</summary>
    /// <param name="ct">Stops the run.</param>
    public Task<DiscoverySnapshot> RunAsync(CancellationToken ct) => RunAsync(null, ct);

    private async Task<DiscoverySnapshot> RunAsync(DiscoverySnapshot? previous, CancellationToken ct)
    {
        var snapshot = new DiscoverySnapshot { Source = "salesmate", TakenAt = _time.GetUtcNow() };
        var fields = await _extractor.GetFieldsAsync(ct).ConfigureAwait(false);
        foreach (var field in fields.Where(f => f.IsCustom).OrderBy(f => f.MetadataModule, StringComparer.Ordinal).ThenBy(f => f.FieldName, StringComparer.Ordinal))
        {
            snapshot.CustomFields.Add(new CustomFieldInfo
            {
                Module = field.MetadataModule,
                Name = field.FieldName,
                Label = field.DisplayName,
                Type = field.Type,
                Options = [.. field.Options],
                RecordModules = [.. SalesmateModules.All.Select(m => m.Name)
                    .Where(m => string.Equals(SalesmatePicklists.MetadataModuleOf(m), field.MetadataModule, StringComparison.OrdinalIgnoreCase))],
            });
        }

        var collector = new DiscoveryCollector();
        foreach (var module in SalesmateModules.All)
        {
            var picklists = PicklistPaths(module.Name, fields);
            var customFields = snapshot.CustomFields.Where(f => f.RecordModules.Contains(module.Name)).ToList();
            long count = 0;
            await foreach (var record in _extractor.ReadAsync(module.Name, null, ct).ConfigureAwait(false))
            {
                count++;
                if (record.IsUsable)
                {
                    collector.Observe(module.Name, record.Json, picklists, customFields);
                }
            }

            snapshot.Objects[module.Name] = new ObjectStats { Count = count };
        }

        foreach (var field in snapshot.CustomFields)
        {
            var records = field.RecordModules.Sum(m => snapshot.Objects.TryGetValue(m, out var stats) ? stats.Count : 0);
            field.FillRate = records == 0 ? 0 : Math.Round((double)field.Filled / records, 3);
        }

        collector.CopyTo(snapshot);
        snapshot.Choices[TagChoices] = ChoiceRegistry.Assign(previous?.Choices.GetValueOrDefault(TagChoices), snapshot.Tags.Values);
        return snapshot;
    }

    /// <summary>
    /// Runs discovery and writes the snapshot to <paramref name="path"/>. When a snapshot is already there, its
    /// choice values are kept and new labels are numbered after them.
    /// </summary>
    /// <param name="path">The snapshot file, e.g. <c>discovery/salesmate.discovery.json</c>.</param>
    /// <param name="ct">Stops the run.</param>
    /// <exception cref="InvalidDataException">The existing snapshot cannot be read, so its choice values cannot be kept.</exception>
    public async Task<DiscoverySnapshot> WriteAsync(string path, CancellationToken ct)
    {
        DiscoverySnapshot? previous = null;
        if (File.Exists(path))
        {
            try
            {
                previous = await DiscoverySnapshotJson.ReadFileAsync(path, ct).ConfigureAwait(false);
            }
            catch (InvalidDataException exception)
            {
                throw new InvalidDataException($"The snapshot at {path} cannot be read, and its choice option values must be kept: {exception.Message} Fix or move the file and run discovery again.", exception);
            }
        }
        var snapshot = await RunAsync(previous, ct).ConfigureAwait(false);
        await DiscoverySnapshotJson.WriteFileAsync(snapshot, path, ct).ConfigureAwait(false);
        return snapshot;
    }

    private static List<PicklistPath> PicklistPaths(string module, IReadOnlyList<SalesmateFieldDefinition> fields)
    {
        var paths = new List<PicklistPath>();
        if (SalesmatePicklists.StandardFields.TryGetValue(module, out var standard))
        {
            paths.AddRange(standard.Select(p => new PicklistPath(p, false)));
        }

        var metadataModule = SalesmatePicklists.MetadataModuleOf(module);
        paths.AddRange(fields
            .Where(f => f.IsCustom && f.IsPicklist && string.Equals(f.MetadataModule, metadataModule, StringComparison.OrdinalIgnoreCase))
            .Select(f => new PicklistPath(f.FieldName, f.IsMultiValue)));
        return paths;
    }
}
