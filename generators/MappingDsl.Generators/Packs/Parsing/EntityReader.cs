using System.Collections.Generic;
using System.Linq;
using MappingDsl.Generators.Common;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Packs.Parsing;

/// <summary>Reads <c>[Table]</c>/<c>[CustomTable]</c> entity types and their column attributes into models.</summary>
internal sealed class EntityReader
{
    // The attribute's documented default: Dataverse handles a few hundred options well, beyond that text serves better.
    private const int DefaultChoicesBelow = 300;

    private readonly Dictionary<ITypeSymbol, EntityModel?> _entities = new(SymbolEqualityComparer.Default);

    public EntityModel? Read(ITypeSymbol type)
    {
        if (_entities.TryGetValue(type, out var known))
            return known;
        var entity = Create(type);
        _entities[type] = entity;
        return entity;
    }

    public static ColumnModel? Column(ISymbol member)
    {
        var type = member switch
        {
            IPropertySymbol p => p.Type,
            IFieldSymbol f => f.Type,
            _ => null,
        };
        if (type is null)
            return null;
        var nullable = SymbolReading.IsNullable(type);
        if (SymbolReading.Attribute(member, MetadataNames.Column) is { } column)
        {
            return new ColumnModel
            {
                Property = member.Name,
                LogicalName = SymbolReading.Argument(column, 0),
                Type = column.ConstructorArguments.Length > 1 ? SymbolReading.EnumName(column.ConstructorArguments[1]) : "",
                Required = (RequiredLevel)SymbolReading.Int(column, "Required"),
                MaxLength = SymbolReading.Int(column, "MaxLength"),
                Precision = SymbolReading.Int(column, "Precision"),
                ValidForCreate = SymbolReading.Bool(column, "ValidForCreate", true),
                ValidForUpdate = SymbolReading.Bool(column, "ValidForUpdate", true),
                Targets = SymbolReading.String(column, "Targets"),
                IsCustom = false,
                Nullable = nullable,
            };
        }
        if (SymbolReading.Attribute(member, MetadataNames.CustomColumn) is { } custom)
        {
            return new ColumnModel
            {
                Property = member.Name,
                LogicalName = member.Name.ToLowerInvariant(),
                Type = custom.ConstructorArguments.Length > 0 ? SymbolReading.EnumName(custom.ConstructorArguments[0]) : "",
                MaxLength = SymbolReading.Int(custom, "MaxLength"),
                Precision = SymbolReading.Int(custom, "Precision"),
                IsCustom = true,
                Label = SymbolReading.String(custom, "Label"),
                Options = OptionsOf(custom, type),
                CustomTarget = SymbolReading.String(custom, "Target"),
                Nullable = nullable,
                ChoiceList = SymbolReading.String(custom, "Choices"),
                ChoicesBelow = SymbolReading.Int(custom, "ChoicesBelow", DefaultChoicesBelow),
            };
        }
        return null;
    }

    // A choice column typed as an enum (or a list of one, for multi-select) takes its options from the enum's members,
    // so the values exist once, in C#; an explicit Options string still wins.
    private static string OptionsOf(AttributeData custom, ITypeSymbol propertyType)
    {
        var explicitOptions = SymbolReading.String(custom, "Options");
        if (explicitOptions.Length > 0)
            return explicitOptions;
        var type = SymbolReading.Unwrap(propertyType);
        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } list && type.TypeKind != TypeKind.Enum)
            type = SymbolReading.Unwrap(list.TypeArguments[0]);
        if (type.TypeKind != TypeKind.Enum)
            return "";
        var options = new List<string>();
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            if (!field.HasConstantValue)
                continue;
            var label = SymbolReading.Summary(field, default).TrimEnd('.');
            options.Add(System.Convert.ToInt64(field.ConstantValue, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture)
                + "=" + (label.Length > 0 ? label : field.Name));
        }
        return string.Join(";", options);
    }

    private static EntityModel? Create(ITypeSymbol type)
    {
        var table = SymbolReading.Attribute(type, MetadataNames.Table);
        var customTable = SymbolReading.Attribute(type, MetadataNames.CustomTable);
        if (table is null && customTable is null)
            return null;
        CustomTableModel? custom = null;
        if (customTable is not null)
        {
            var primaryName = SymbolReading.String(customTable, "PrimaryName");
            // The primary name may be declared on a base class the table shares with others (identity columns said once).
            var primaryLength = SharedColumnsReader.Member(type, primaryName) is { } property ? Column(property)?.MaxLength ?? 0 : 0;
            custom = new CustomTableModel(
                SymbolReading.Argument(customTable, 0),
                SymbolReading.Argument(customTable, 1),
                SymbolReading.Argument(customTable, 2),
                primaryName,
                primaryLength > 0 ? primaryLength : 100,
                LocationInfo.From(SymbolReading.AttributeLocation(customTable, type.Locations.FirstOrDefault())));
        }
        var logical = table is not null ? SymbolReading.Argument(table, 0) : custom!.SchemaName.ToLowerInvariant();
        var set = table is not null ? SymbolReading.Argument(table, 1) : logical + "s";
        var primaryId = table is not null ? SymbolReading.String(table, "PrimaryId") : logical + "id";
        var required = new List<ColumnModel>();
        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol && Column(member) is { Required: RequiredLevel.SystemRequired or RequiredLevel.ApplicationRequired } column)
                required.Add(column);
        }
        return new EntityModel(
            type.ToDisplayString(SymbolReading.TypeName),
            logical,
            set,
            primaryId,
            custom,
            required.ToEquatableArray());
    }
}
