using System.Text.Json.Nodes;
using MappingDsl.Catalog;

namespace MappingDsl.Dataverse.Provisioning;

/// <summary>The Web API metadata bodies for creating tables, columns, choices and keys (shapes from the metadata docs).</summary>
internal static class MetadataBodies
{
    public static JsonObject Label(string text) => new()
    {
        ["@odata.type"] = "Microsoft.Dynamics.CRM.Label",
        ["LocalizedLabels"] = new JsonArray(new JsonObject
        {
            ["@odata.type"] = "Microsoft.Dynamics.CRM.LocalizedLabel",
            ["Label"] = text,
            ["LanguageCode"] = 1033,
        }),
    };

    private static JsonObject Required() => new()
    {
        ["Value"] = "None",
        ["CanBeChanged"] = true,
        ["ManagedPropertyLogicalName"] = "canmodifyrequirementlevelsettings",
    };

    public static JsonArray Options(IEnumerable<ManifestOption> options) =>
        new([.. options.Select(o => (JsonNode)new JsonObject { ["Value"] = o.Value, ["Label"] = Label(o.Label) })]);

    public static JsonObject Choice(ManifestChoice choice) => new()
    {
        ["@odata.type"] = "Microsoft.Dynamics.CRM.OptionSetMetadata",
        ["Name"] = choice.Name,
        ["OptionSetType"] = "Picklist",
        ["IsGlobal"] = true,
        ["DisplayName"] = Label(choice.Label),
        ["Options"] = Options(choice.Options),
    };

    public static JsonObject Table(ManifestTable table) => new()
    {
        ["@odata.type"] = "Microsoft.Dynamics.CRM.EntityMetadata",
        ["SchemaName"] = table.SchemaName,
        ["DisplayName"] = Label(table.DisplayName),
        ["DisplayCollectionName"] = Label(table.PluralName),
        ["Description"] = Label(table.DisplayName),
        ["OwnershipType"] = "UserOwned",
        ["IsActivity"] = false,
        ["HasActivities"] = false,
        ["HasNotes"] = false,
        ["Attributes"] = new JsonArray(new JsonObject
        {
            ["@odata.type"] = "Microsoft.Dynamics.CRM.StringAttributeMetadata",
            ["SchemaName"] = table.PrimaryNameSchemaName,
            ["IsPrimaryName"] = true,
            ["MaxLength"] = table.PrimaryNameMaxLength > 0 ? table.PrimaryNameMaxLength : 100,
            ["FormatName"] = new JsonObject { ["Value"] = "Text" },
            ["RequiredLevel"] = Required(),
            ["DisplayName"] = Label("Name"),
        }),
    };

    /// <summary>The column body, or null for a lookup (created through a relationship instead).</summary>
    public static JsonObject Column(ManifestColumn column, string? globalChoiceId)
    {
        var body = new JsonObject
        {
            ["SchemaName"] = column.SchemaName,
            ["DisplayName"] = Label(column.Label),
            ["RequiredLevel"] = Required(),
        };
        switch (column.Type)
        {
            case ColumnType.String:
                body["@odata.type"] = "Microsoft.Dynamics.CRM.StringAttributeMetadata";
                body["MaxLength"] = column.MaxLength > 0 ? column.MaxLength : 100;
                body["FormatName"] = new JsonObject { ["Value"] = "Text" };
                break;
            case ColumnType.Memo:
                body["@odata.type"] = "Microsoft.Dynamics.CRM.MemoAttributeMetadata";
                body["MaxLength"] = column.MaxLength > 0 ? column.MaxLength : 2000;
                body["Format"] = "TextArea";
                break;
            case ColumnType.Integer:
                body["@odata.type"] = "Microsoft.Dynamics.CRM.IntegerAttributeMetadata";
                body["MinValue"] = int.MinValue;
                body["MaxValue"] = int.MaxValue;
                body["Format"] = "None";
                break;
            case ColumnType.BigInt:
                body["@odata.type"] = "Microsoft.Dynamics.CRM.BigIntAttributeMetadata";
                break;
            case ColumnType.Decimal:
                body["@odata.type"] = "Microsoft.Dynamics.CRM.DecimalAttributeMetadata";
                body["Precision"] = column.Precision;
                body["MinValue"] = -100000000000m;
                body["MaxValue"] = 100000000000m;
                break;
            case ColumnType.Double:
                body["@odata.type"] = "Microsoft.Dynamics.CRM.DoubleAttributeMetadata";
                body["Precision"] = column.Precision;
                body["MinValue"] = -100000000000d;
                body["MaxValue"] = 100000000000d;
                break;
            case ColumnType.Money:
                body["@odata.type"] = "Microsoft.Dynamics.CRM.MoneyAttributeMetadata";
                body["PrecisionSource"] = 2;
                break;
            case ColumnType.DateTime:
            case ColumnType.DateOnly:
                body["@odata.type"] = "Microsoft.Dynamics.CRM.DateTimeAttributeMetadata";
                body["Format"] = column.Type == ColumnType.DateOnly ? "DateOnly" : "DateAndTime";
                // A date column keeps no time and converts no zone only with the DateOnly behavior; the format alone
                // leaves it UserLocal, and the org would return midnight UTC for a birthday (DateTimeBehavior, Web API).
                if (column.Type == ColumnType.DateOnly)
                    body["DateTimeBehavior"] = new JsonObject { ["Value"] = "DateOnly" };
                break;
            case ColumnType.Boolean:
                body["@odata.type"] = "Microsoft.Dynamics.CRM.BooleanAttributeMetadata";
                body["DefaultValue"] = false;
                body["OptionSet"] = new JsonObject
                {
                    ["TrueOption"] = new JsonObject { ["Value"] = 1, ["Label"] = Label("Yes") },
                    ["FalseOption"] = new JsonObject { ["Value"] = 0, ["Label"] = Label("No") },
                    ["OptionSetType"] = "Boolean",
                };
                break;
            case ColumnType.Picklist:
            case ColumnType.MultiSelectPicklist:
                body["@odata.type"] = column.Type == ColumnType.Picklist
                    ? "Microsoft.Dynamics.CRM.PicklistAttributeMetadata"
                    : "Microsoft.Dynamics.CRM.MultiSelectPicklistAttributeMetadata";
                body["SourceTypeMask"] = 0;
                if (globalChoiceId is not null)
                {
                    body["GlobalOptionSet@odata.bind"] = $"/GlobalOptionSetDefinitions({globalChoiceId})";
                }
                else
                {
                    body["OptionSet"] = new JsonObject
                    {
                        ["@odata.type"] = "Microsoft.Dynamics.CRM.OptionSetMetadata",
                        ["Options"] = Options(column.Options),
                        ["IsGlobal"] = false,
                        ["OptionSetType"] = "Picklist",
                    };
                }
                break;
            default:
                throw new NotSupportedException($"Column {column.Table}.{column.LogicalName} has type {column.Type}, which provisioning cannot create.");
        }
        return body;
    }

    public static JsonObject Lookup(ManifestColumn column, string referencedPrimaryId) => new()
    {
        ["@odata.type"] = "Microsoft.Dynamics.CRM.OneToManyRelationshipMetadata",
        ["SchemaName"] = $"{column.SchemaName}_{column.Target}_{column.Table}",
        ["ReferencedEntity"] = column.Target,
        ["ReferencedAttribute"] = referencedPrimaryId,
        ["ReferencingEntity"] = column.Table,
        ["Lookup"] = new JsonObject
        {
            ["@odata.type"] = "Microsoft.Dynamics.CRM.LookupAttributeMetadata",
            ["SchemaName"] = column.SchemaName,
            ["DisplayName"] = Label(column.Label),
            ["RequiredLevel"] = Required(),
        },
    };

    public static JsonObject Key(ManifestKey key) => new()
    {
        ["SchemaName"] = key.SchemaName,
        ["DisplayName"] = Label(key.SchemaName),
        ["KeyAttributes"] = new JsonArray([.. key.Columns.Select(c => (JsonNode)JsonValue.Create(c))]),
    };
}
