using System;
using System.Collections.Generic;
using System.Threading;
using MappingDsl.Generators.Common;
using MappingDsl.Generators.Json;

namespace MappingDsl.Generators.Entities;

/// <summary>
/// Reads one <c>EntityDefinitions(LogicalName='x')?$expand=Attributes</c> response (plus <c>ManyToOneRelationships</c>)
/// into a <see cref="TableModel"/>. Only columns valid for create or update are kept; attribute types the DSL has no
/// column type for (images, files, virtual names) are skipped without comment, because they are never migrated.
/// </summary>
internal static class TableParser
{
    /// <summary>Parses the file; never throws except for cancellation.</summary>
    public static ParsedFile Parse(string filePath, string? text, CancellationToken cancellationToken)
    {
        if (text is null)
            return ParsedFile.Failed(filePath, "the file's text is not available");
        try
        {
            var root = JsonReader.Parse(text, cancellationToken);
            return new ParsedFile(filePath, ReadTable(filePath, root, cancellationToken), null);
        }
        catch (JsonSyntaxException ex)
        {
            return ParsedFile.Failed(filePath, ex.Message);
        }
        catch (MetadataShapeException ex)
        {
            return ParsedFile.Failed(filePath, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug here must not take every other table down with it (CS8785 drops all generated sources).
            return ParsedFile.Failed(filePath, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static TableModel ReadTable(string filePath, JsonNode root, CancellationToken cancellationToken)
    {
        MetadataJson.RequireObject(root, "$");
        var logicalName = MetadataJson.RequireString(root, "LogicalName", "");
        var isActivity = MetadataJson.OptionalBool(root, "IsActivity", "");
        var navigation = ReadRelationships(root);
        var attributes = MetadataJson.RequireArray(root, "Attributes", "");
        var columns = new List<SnapshotColumnModel>(attributes.Count);
        for (var i = 0; i < attributes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var column = ReadColumn(attributes[i], $"Attributes[{i}]", logicalName, isActivity, navigation);
            if (column is not null)
                columns.Add(column);
        }
        // Ordered by logical name so the emitted text does not depend on the order the API happened to return.
        columns.Sort(static (a, b) => string.CompareOrdinal(a.LogicalName, b.LogicalName));
        for (var i = 1; i < columns.Count; i++)
        {
            if (columns[i].LogicalName == columns[i - 1].LogicalName)
                throw new MetadataShapeException($"column '{columns[i].LogicalName}' is listed twice");
        }
        return new TableModel(
            filePath,
            logicalName,
            MetadataJson.RequireString(root, "SchemaName", ""),
            MetadataJson.RequireString(root, "EntitySetName", ""),
            MetadataJson.OptionalString(root, "PrimaryIdAttribute", ""),
            MetadataJson.OptionalString(root, "PrimaryNameAttribute", ""),
            MetadataJson.OptionalString(root, "OwnershipType", ""),
            isActivity,
            MetadataJson.Label(root, "DisplayName", ""),
            MetadataJson.Label(root, "Description", ""),
            columns.ToEquatableArray());
    }

    /// <summary>(referencing attribute, referenced table) → navigation property, from the relationships' own names.</summary>
    private static Dictionary<(string Attribute, string Target), string> ReadRelationships(JsonNode root)
    {
        var result = new Dictionary<(string, string), string>();
        var relationships = MetadataJson.OptionalArray(root, "ManyToOneRelationships", "");
        for (var i = 0; i < relationships.Count; i++)
        {
            var path = $"ManyToOneRelationships[{i}]";
            var relationship = relationships[i];
            MetadataJson.RequireObject(relationship, path);
            var attribute = MetadataJson.OptionalString(relationship, "ReferencingAttribute", path);
            var target = MetadataJson.OptionalString(relationship, "ReferencedEntity", path);
            var navigation = MetadataJson.OptionalString(relationship, "ReferencingEntityNavigationPropertyName", path);
            if (attribute.Length > 0 && target.Length > 0 && navigation.Length > 0 && !result.ContainsKey((attribute, target)))
                result.Add((attribute, target), navigation);
        }
        return result;
    }

    private static SnapshotColumnModel? ReadColumn(
        JsonNode attribute,
        string path,
        string table,
        bool isActivity,
        Dictionary<(string Attribute, string Target), string> relationships)
    {
        MetadataJson.RequireObject(attribute, path);
        var kind = ReadKind(attribute, path);
        if (kind is null)
            return null;
        var validForCreate = MetadataJson.RequireBool(attribute, "IsValidForCreate", path);
        var validForUpdate = MetadataJson.RequireBool(attribute, "IsValidForUpdate", path);
        if (!validForCreate && !validForUpdate)
            return null;
        var logicalName = MetadataJson.RequireString(attribute, "LogicalName", path);
        path = $"{path}({logicalName})";
        var targets = kind is ColumnKind.Lookup or ColumnKind.Owner
            ? ReadTargets(attribute, path, table, isActivity, logicalName, kind == ColumnKind.Owner, relationships)
            : EquatableArray<LookupTargetModel>.Empty;
        return new SnapshotColumnModel(
            logicalName,
            MetadataJson.RequireString(attribute, "SchemaName", path),
            kind.Value,
            MetadataJson.Label(attribute, "DisplayName", path),
            MetadataJson.Label(attribute, "Description", path),
            ReadRequiredLevel(attribute, path),
            validForCreate,
            validForUpdate,
            kind is ColumnKind.String or ColumnKind.Memo ? MetadataJson.OptionalInt(attribute, "MaxLength", path) : 0,
            kind is ColumnKind.Decimal or ColumnKind.Money ? MetadataJson.OptionalInt(attribute, "Precision", path) : 0,
            targets,
            kind is ColumnKind.Picklist or ColumnKind.MultiSelectPicklist or ColumnKind.State or ColumnKind.Status
                ? ReadOptions(attribute, path)
                : EquatableArray<OptionModel>.Empty);
    }

    private static ColumnKind? ReadKind(JsonNode attribute, string path)
    {
        var type = MetadataJson.RequireString(attribute, "AttributeType", path);
        switch (type)
        {
            case "String": return ColumnKind.String;
            case "Memo": return ColumnKind.Memo;
            case "Integer": return ColumnKind.Integer;
            case "BigInt": return ColumnKind.BigInt;
            case "Decimal": return ColumnKind.Decimal;
            case "Double": return ColumnKind.Double;
            case "Money": return ColumnKind.Money;
            case "Boolean": return ColumnKind.Boolean;
            case "Uniqueidentifier": return ColumnKind.Uniqueidentifier;
            case "EntityName": return ColumnKind.EntityName;
            case "Lookup":
            case "Customer": return ColumnKind.Lookup;
            case "Owner": return ColumnKind.Owner;
            case "PartyList": return ColumnKind.PartyList;
            case "Picklist": return ColumnKind.Picklist;
            case "State": return ColumnKind.State;
            case "Status": return ColumnKind.Status;
            case "MultiSelectPicklist": return ColumnKind.MultiSelectPicklist;
            case "DateTime":
                // Format is only how forms display the value; the behaviour decides what is stored. "DateOnly" format
                // with "UserLocal" behaviour (overriddencreatedon, actualend) keeps its time of day.
                var behavior = MetadataJson.OptionalObject(attribute, "DateTimeBehavior", path);
                return behavior is not null && MetadataJson.OptionalString(behavior, "Value", path + ".DateTimeBehavior") == "DateOnly"
                    ? ColumnKind.DateOnly
                    : ColumnKind.DateTime;
            case "Virtual":
                // A live org reports choices (multi-select) columns as Virtual and names the real kind in AttributeTypeName.
                var typeName = MetadataJson.OptionalObject(attribute, "AttributeTypeName", path);
                return typeName is not null && MetadataJson.OptionalString(typeName, "Value", path + ".AttributeTypeName") == "MultiSelectPicklistType"
                    ? ColumnKind.MultiSelectPicklist
                    : null;
            default:
                return null;
        }
    }

    private static string ReadRequiredLevel(JsonNode attribute, string path)
    {
        var level = MetadataJson.OptionalObject(attribute, "RequiredLevel", path)
            ?? throw new MetadataShapeException($"'{path}.RequiredLevel' must be an object with a Value");
        var value = MetadataJson.RequireString(level, "Value", path + ".RequiredLevel");
        return value switch
        {
            "None" or "SystemRequired" or "ApplicationRequired" or "Recommended" => value,
            _ => throw new MetadataShapeException(
                $"'{path}.RequiredLevel.Value' is '{value}'; expected None, SystemRequired, ApplicationRequired or Recommended"),
        };
    }

    private static EquatableArray<LookupTargetModel> ReadTargets(
        JsonNode attribute,
        string path,
        string table,
        bool isActivity,
        string logicalName,
        bool isOwner,
        Dictionary<(string Attribute, string Target), string> relationships)
    {
        var targets = MetadataJson.RequireArray(attribute, "Targets", path);
        var byTarget = MetadataJson.OptionalObject(attribute, "_NavigationPropertyByTarget", path);
        var result = new LookupTargetModel[targets.Count];
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            if (target.Kind != JsonKind.String || target.Text!.Length == 0)
                throw new MetadataShapeException($"'{path}.Targets[{i}]' must be a non-empty string");
            var name = target.Text;
            // The snapshot's transcribed names win; then the relationship a live org returns; then the naming rule.
            var navigation = byTarget is null ? "" : MetadataJson.OptionalString(byTarget, name, path + "._NavigationPropertyByTarget");
            // An org lists the owner relationship (owner_tasks) once, referencing the abstract 'owner' entity, for both
            // of the column's targets (systemuser and team).
            if (navigation.Length == 0 && !relationships.TryGetValue((logicalName, name), out navigation)
                && !(isOwner && relationships.TryGetValue((logicalName, "owner"), out navigation)))
                navigation = NavigationNames.Derive(table, isActivity, logicalName, name, targets.Count);
            result[i] = new LookupTargetModel(name, navigation, "");
        }
        return result.ToEquatableArray();
    }

    private static EquatableArray<OptionModel> ReadOptions(JsonNode attribute, string path)
    {
        var optionSet = MetadataJson.OptionalObject(attribute, "OptionSet", path)
            ?? MetadataJson.OptionalObject(attribute, "GlobalOptionSet", path);
        if (optionSet is null)
            return EquatableArray<OptionModel>.Empty;
        var options = MetadataJson.OptionalArray(optionSet, "Options", path + ".OptionSet");
        var result = new OptionModel[options.Count];
        for (var i = 0; i < options.Count; i++)
        {
            var optionPath = $"{path}.OptionSet.Options[{i}]";
            MetadataJson.RequireObject(options[i], optionPath);
            result[i] = new OptionModel(
                MetadataJson.RequireInt(options[i], "Value", optionPath),
                MetadataJson.Label(options[i], "Label", optionPath));
        }
        return result.ToEquatableArray();
    }
}
