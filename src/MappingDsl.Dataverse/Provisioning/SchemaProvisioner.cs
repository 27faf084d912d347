using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Catalog;
using MappingDsl.Dataverse.Http;
using MappingDsl.Dataverse.Metadata;

namespace MappingDsl.Dataverse.Provisioning;

/// <summary>
/// Makes an org match a pack's <see cref="ProvisioningManifest"/>: reads the org's metadata, plans the missing global
/// choices, options, custom tables, columns and alternate keys, and (unless it is a dry run) creates them, waits for
/// the keys to become Active and publishes. Running it again finds nothing to do.
/// </summary>
/// <param name="client">The Dataverse client.</param>
public sealed class SchemaProvisioner(DataverseClient client)
{
    private static readonly string[] TableSelect = ["LogicalName", "PrimaryIdAttribute"];

    private readonly TableMetadataReader _reader = new(client);

    // Creates refused after an attempt whose answer was lost: the lost attempt may have done the work (see PostAsync).
    private readonly List<DataverseException> _unconfirmed = [];

    /// <summary>How often key status is polled while waiting for Active.</summary>
    public TimeSpan KeyPollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long to wait for keys to become Active.</summary>
    public TimeSpan KeyTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Reads the org and returns what would change (the dry run). Throws <see cref="ProvisioningLimitException"/>
    /// when the changes would exceed the edition's custom-table limit.</summary>
    /// <param name="manifest">The manifest.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<ProvisioningPlan> PlanAsync(ProvisioningManifest manifest, CancellationToken cancellationToken = default)
    {
        var steps = new List<ProvisioningStep>();
        foreach (var choice in manifest.Choices)
        {
            using var existing = await client.TryGetJsonAsync($"GlobalOptionSetDefinitions(Name='{choice.Name}')", cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                steps.Add(new(ProvisioningStepKind.CreateChoice, "", choice.Name, $"global choice {choice.Name} ({choice.Options.Count} options)") { Payload = choice });
                continue;
            }
            var have = existing.RootElement.TryGetProperty("Options", out var options)
                ? options.EnumerateArray().Select(o => o.GetProperty("Value").GetInt32()).ToHashSet()
                : [];
            foreach (var option in choice.Options.Where(o => !have.Contains(o.Value)))
                steps.Add(new(ProvisioningStepKind.InsertOption, "", choice.Name, $"option {option.Value} '{option.Label}' in global choice {choice.Name}") { Payload = new OptionInsert(choice.Name, null, option) });
        }

        var tableNames = manifest.Tables.Select(t => t.LogicalName)
            .Concat(manifest.Columns.Select(c => c.Table))
            .Concat(manifest.Keys.Select(k => k.Table))
            .Concat(manifest.Columns.Where(c => c.Type == ColumnType.Lookup && c.Target.Length > 0).Select(c => c.Target))
            .Distinct(StringComparer.Ordinal);
        var org = new Dictionary<string, OrgTable?>(StringComparer.Ordinal);
        foreach (var name in tableNames) org[name] = await ReadTableAsync(name, cancellationToken).ConfigureAwait(false);

        foreach (var table in manifest.Tables.Where(t => org[t.LogicalName] is null))
            steps.Add(new(ProvisioningStepKind.CreateTable, table.LogicalName, table.SchemaName, $"custom table {table.SchemaName} ({table.PluralName})") { Payload = table });
        var tablesBeingCreated = manifest.Tables.Where(t => org[t.LogicalName] is null).Select(t => t.LogicalName).ToHashSet(StringComparer.Ordinal);

        foreach (var column in manifest.Columns)
        {
            var table = org[column.Table];
            if (table is null && !tablesBeingCreated.Contains(column.Table))
                throw new InvalidOperationException($"Column {column.SchemaName} targets table '{column.Table}', which is neither in the org nor in the manifest.");
            if (table is not null && table.Columns.TryGetValue(column.LogicalName, out var options))
            {
                if (column.GlobalChoice.Length == 0)
                {
                    foreach (var option in column.Options.Where(o => !options.Contains(o.Value)))
                        steps.Add(new(ProvisioningStepKind.InsertOption, column.Table, column.LogicalName, $"option {option.Value} '{option.Label}' in {column.Table}.{column.LogicalName}") { Payload = new OptionInsert(null, column, option) });
                }
                continue;
            }
            if (column.Type is not (ColumnType.String or ColumnType.Memo or ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Double
                or ColumnType.Money or ColumnType.DateTime or ColumnType.DateOnly or ColumnType.Boolean or ColumnType.Picklist or ColumnType.MultiSelectPicklist or ColumnType.Lookup))
                throw new InvalidOperationException($"Column {column.Table}.{column.LogicalName} has type {column.Type}, which cannot be created as a custom column.");
            steps.Add(new(ProvisioningStepKind.CreateColumn, column.Table, column.LogicalName, $"column {column.Table}.{column.SchemaName} ({column.Type}{(column.Target.Length > 0 ? " → " + column.Target : "")})") { Payload = column });
        }

        foreach (var key in manifest.Keys)
        {
            var table = org[key.Table];
            if (table is not null && table.KeysActive.TryGetValue(key.LogicalName, out var active))
            {
                if (!active) steps.Add(new(ProvisioningStepKind.WaitForKey, key.Table, key.LogicalName, $"wait for key {key.Table}.{key.SchemaName} to become Active") { Payload = key });
                continue;
            }
            steps.Add(new(ProvisioningStepKind.CreateKey, key.Table, key.LogicalName, $"alternate key {key.Table}.{key.SchemaName} ({string.Join(", ", key.Columns)})") { Payload = key });
        }

        var limit = ProvisioningManifest.CustomTableLimit(manifest.Edition);
        var customInOrg = await CountCustomTablesAsync(cancellationToken).ConfigureAwait(false);
        var plan = new ProvisioningPlan(manifest.Pack, steps, customInOrg, limit);
        if (limit is { } max && customInOrg + plan.NewTables > max)
            throw new ProvisioningLimitException(
                $"Provisioning {manifest.Pack} would create {plan.NewTables} custom table(s); the org has {customInOrg} and the {manifest.Edition} edition allows {max}. Nothing was changed.");
        return plan;
    }

    /// <summary>Plans and applies; returns the plan that was applied.</summary>
    /// <param name="manifest">The manifest.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<ProvisioningPlan> ApplyAsync(ProvisioningManifest manifest, CancellationToken cancellationToken = default)
    {
        var plan = await PlanAsync(manifest, cancellationToken).ConfigureAwait(false);
        if (plan.IsEmpty) return plan;
        var choiceIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var step in plan.Steps.Where(s => s.Kind == ProvisioningStepKind.CreateChoice))
            await PostAsync("GlobalOptionSetDefinitions", MetadataBodies.Choice((ManifestChoice)step.Payload!), cancellationToken).ConfigureAwait(false);
        foreach (var step in plan.Steps.Where(s => s.Kind == ProvisioningStepKind.CreateTable))
            await PostAsync("EntityDefinitions", MetadataBodies.Table((ManifestTable)step.Payload!), cancellationToken).ConfigureAwait(false);
        foreach (var step in plan.Steps.Where(s => s.Kind == ProvisioningStepKind.CreateColumn))
        {
            var column = (ManifestColumn)step.Payload!;
            if (column.Type == ColumnType.Lookup)
            {
                var target = await ReadTableAsync(column.Target, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"Lookup {column.Table}.{column.LogicalName} targets '{column.Target}', which does not exist.");
                await PostAsync("RelationshipDefinitions", MetadataBodies.Lookup(column, target.PrimaryId), cancellationToken).ConfigureAwait(false);
                continue;
            }
            string? choiceId = null;
            if (column.GlobalChoice.Length > 0 && !choiceIds.TryGetValue(column.GlobalChoice, out choiceId))
            {
                using var choice = await client.GetJsonAsync($"GlobalOptionSetDefinitions(Name='{column.GlobalChoice}')?$select=MetadataId", cancellationToken).ConfigureAwait(false);
                choiceId = choiceIds[column.GlobalChoice] = choice.RootElement.GetProperty("MetadataId").GetString()!;
            }
            await PostAsync($"EntityDefinitions(LogicalName='{column.Table}')/Attributes", MetadataBodies.Column(column, choiceId), cancellationToken).ConfigureAwait(false);
        }
        foreach (var step in plan.Steps.Where(s => s.Kind == ProvisioningStepKind.InsertOption))
        {
            var (choiceName, column, option) = (OptionInsert)step.Payload!;
            var body = new JsonObject { ["Value"] = option.Value, ["Label"] = MetadataBodies.Label(option.Label) };
            if (choiceName is not null) body["OptionSetName"] = choiceName;
            else
            {
                body["EntityLogicalName"] = column!.Table;
                body["AttributeLogicalName"] = column.LogicalName;
            }
            if (client.Options.SolutionUniqueName is { } solution) body["SolutionUniqueName"] = solution;
            await PostAsync("InsertOptionValue", body, cancellationToken).ConfigureAwait(false);
        }
        foreach (var step in plan.Steps.Where(s => s.Kind == ProvisioningStepKind.CreateKey))
        {
            var key = (ManifestKey)step.Payload!;
            await PostAsync($"EntityDefinitions(LogicalName='{key.Table}')/Keys", MetadataBodies.Key(key), cancellationToken).ConfigureAwait(false);
        }
        // What a refused retry left open is settled by planning again: anything still to create was really refused.
        if (_unconfirmed.Count > 0 && (await PlanAsync(manifest, cancellationToken).ConfigureAwait(false)).Steps.Any(s => s.Kind != ProvisioningStepKind.WaitForKey))
            throw _unconfirmed[0];
        _unconfirmed.Clear();
        await WaitForKeysAsync(plan.Steps.Where(s => s.Kind is ProvisioningStepKind.CreateKey or ProvisioningStepKind.WaitForKey).Select(s => (ManifestKey)s.Payload!).ToList(), cancellationToken).ConfigureAwait(false);
        var entities = plan.Steps.Select(s => s.Table).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)
            .Select(t => $"<entity>{t}</entity>");
        var publish = new JsonObject { ["ParameterXml"] = $"<importexportxml><entities>{string.Concat(entities)}</entities></importexportxml>" };
        await PostAsync("PublishXml", publish, cancellationToken).ConfigureAwait(false);
        return plan;
    }

    private async Task WaitForKeysAsync(List<ManifestKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0) return;
        var deadline = DateTimeOffset.UtcNow + KeyTimeout;
        var pending = keys.ToList();
        while (pending.Count > 0)
        {
            var still = new List<ManifestKey>();
            foreach (var key in pending)
            {
                using var doc = await client.GetJsonAsync($"EntityDefinitions(LogicalName='{key.Table}')/Keys", cancellationToken).ConfigureAwait(false);
                var status = doc.RootElement.GetProperty("value").EnumerateArray()
                    .FirstOrDefault(k => k.GetProperty("LogicalName").GetString() == key.LogicalName);
                var state = status.ValueKind == JsonValueKind.Object && status.TryGetProperty("EntityKeyIndexStatus", out var s) ? s.GetString() : null;
                if (state == "Failed") throw new InvalidOperationException($"Alternate key {key.Table}.{key.SchemaName} failed to build (EntityKeyIndexStatus Failed); existing rows may hold duplicate values.");
                if (state != "Active") still.Add(key);
            }
            pending = still;
            if (pending.Count == 0) return;
            if (DateTimeOffset.UtcNow > deadline)
                throw new TimeoutException($"Alternate keys still not Active after {KeyTimeout}: {string.Join(", ", pending.Select(k => k.SchemaName))}.");
            await Task.Delay(KeyPollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<OrgTable?> ReadTableAsync(string logicalName, CancellationToken cancellationToken)
    {
        var definition = await _reader.ReadAsync(logicalName, TableMetadataParts.Keys, TableSelect, cancellationToken).ConfigureAwait(false);
        return definition is null ? null : OrgTable.From(definition);
    }

    private async Task<int> CountCustomTablesAsync(CancellationToken cancellationToken)
    {
        using var doc = await client.GetJsonAsync("EntityDefinitions?$select=LogicalName&$filter=IsCustomEntity eq true", cancellationToken).ConfigureAwait(false);
        return doc.RootElement.GetProperty("value").GetArrayLength();
    }

    // A metadata create is not idempotent: when the connection is reset after the org created the column, the retry is
    // refused because the column exists. A 4xx after such an attempt is noted, not thrown; ApplyAsync plans again
    // once everything is sent and throws it only if something is still missing.
    private async Task PostAsync(string url, JsonObject body, CancellationToken cancellationToken)
    {
        var request = new DataverseRequest(HttpMethod.Post, url, Encoding.UTF8.GetBytes(body.ToJsonString()));
        using var response = await client.SendRawAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode) return;
        var refusal = await DataverseClient.ToExceptionAsync(response, cancellationToken).ConfigureAwait(false);
        if (request.UncertainAttempts > 0 && (int)response.StatusCode is >= 400 and < 500)
            _unconfirmed.Add(refusal);
        else
            throw refusal;
    }
}

/// <summary>An option to add to a global choice (by name) or to a local choice column.</summary>
internal sealed record OptionInsert(string? ChoiceName, ManifestColumn? Column, ManifestOption Option);
