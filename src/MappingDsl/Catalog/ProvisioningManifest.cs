using System.Text.Json;
using System.Text.Json.Serialization;

namespace MappingDsl.Catalog;

/// <summary>
/// The schema a pack needs in the target org before any record loads: custom tables, custom columns (including the
/// source-id column on every target table), global choices and alternate keys. The generator writes it as JSON
/// (camelCase, the shape of these records); provisioning diffs it against the org's metadata.
/// </summary>
/// <param name="Pack">The pack's name.</param>
/// <param name="Publisher">The publisher prefix.</param>
/// <param name="Edition">The edition whose custom-table limit applies.</param>
/// <param name="Tables">Custom tables to create.</param>
/// <param name="Columns">Custom columns to create.</param>
/// <param name="Choices">Global choices to create.</param>
/// <param name="Keys">Alternate keys to create.</param>
public sealed record ProvisioningManifest(
    string Pack,
    string Publisher,
    DataverseEdition Edition,
    IReadOnlyList<ManifestTable> Tables,
    IReadOnlyList<ManifestColumn> Columns,
    IReadOnlyList<ManifestChoice> Choices,
    IReadOnlyList<ManifestKey> Keys)
{
    /// <summary>The most custom tables an edition allows, or null when it sets no limit.</summary>
    /// <param name="edition">The edition.</param>
    public static int? CustomTableLimit(DataverseEdition edition) =>
        edition == DataverseEdition.SalesProfessional ? 15 : null;

    /// <summary>Parses the manifest JSON the generator wrote.</summary>
    /// <param name="json">The JSON text.</param>
    public static ProvisioningManifest Parse(string json) =>
        JsonSerializer.Deserialize(json, ManifestJsonContext.Default.ProvisioningManifest)
        ?? throw new JsonException("The provisioning manifest is empty.");

    /// <summary>Writes the manifest as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ManifestJsonContext.Default.ProvisioningManifest);
}

/// <summary>A custom table.</summary>
/// <param name="SchemaName">Schema name with prefix (<c>sm_TeamInboxThread</c>).</param>
/// <param name="LogicalName">Lower-case logical name.</param>
/// <param name="DisplayName">Singular label.</param>
/// <param name="PluralName">Plural label.</param>
/// <param name="PrimaryNameSchemaName">Schema name of the primary name column.</param>
/// <param name="PrimaryNameMaxLength">Its maximum length.</param>
public sealed record ManifestTable(
    string SchemaName,
    string LogicalName,
    string DisplayName,
    string PluralName,
    string PrimaryNameSchemaName,
    int PrimaryNameMaxLength);

/// <summary>A custom column.</summary>
/// <param name="Table">The table's logical name.</param>
/// <param name="SchemaName">Schema name with prefix.</param>
/// <param name="LogicalName">Lower-case logical name.</param>
/// <param name="Type">The column's type.</param>
/// <param name="Label">Display label.</param>
/// <param name="MaxLength">Text length, or 0.</param>
/// <param name="Precision">Decimal places, or 0.</param>
/// <param name="Options">Choice options, or empty.</param>
/// <param name="GlobalChoice">The global choice it uses, or empty for a local one.</param>
/// <param name="Target">A lookup's target table, or empty.</param>
public sealed record ManifestColumn(
    string Table,
    string SchemaName,
    string LogicalName,
    ColumnType Type,
    string Label,
    int MaxLength,
    int Precision,
    IReadOnlyList<ManifestOption> Options,
    string GlobalChoice,
    string Target);

/// <summary>A global choice.</summary>
/// <param name="Name">Its name with prefix.</param>
/// <param name="Label">Display label.</param>
/// <param name="Options">Its options.</param>
public sealed record ManifestChoice(string Name, string Label, IReadOnlyList<ManifestOption> Options);

/// <summary>One option of a choice.</summary>
/// <param name="Value">The option's value.</param>
/// <param name="Label">The option's label.</param>
public sealed record ManifestOption(int Value, string Label);

/// <summary>An alternate key.</summary>
/// <param name="Table">The table's logical name.</param>
/// <param name="SchemaName">The key's schema name.</param>
/// <param name="LogicalName">The key's logical name.</param>
/// <param name="Columns">The key's columns (logical names).</param>
public sealed record ManifestKey(string Table, string SchemaName, string LogicalName, IReadOnlyList<string> Columns);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ProvisioningManifest))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
