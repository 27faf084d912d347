using System.Reflection;
using MappingDsl.Sources.Discovery;

namespace MappingDsl.Maps.Wetroo.Tests;

/// <summary>Every custom field discovery found has a column typed from its discovered type, on the table of its object.</summary>
public sealed class CustomFieldTypingTests
{
    private static readonly Dictionary<string, Type> Tables = new(StringComparer.Ordinal)
    {
        ["contact"] = typeof(MappingDsl.Entities.Contact),
        ["lead"] = typeof(MappingDsl.Entities.Lead),
        ["opportunity"] = typeof(MappingDsl.Entities.Opportunity),
    };

    private static readonly Dictionary<string, ColumnType> TypeOf = new(StringComparer.Ordinal)
    {
        ["text"] = ColumnType.String,
        ["number"] = ColumnType.Decimal,
        ["date"] = ColumnType.DateOnly,
        ["picklist"] = ColumnType.Picklist,
    };

    [Fact]
    public async Task Each_discovered_custom_field_has_a_column_of_its_type_and_picklists_one_option_per_discovered_option()
    {
        var path = Path.Combine(PackSources.PackDirectory(), "discovery", "wetroo.discovery.json");
        var snapshot = await DiscoverySnapshotJson.ReadFileAsync(path, CancellationToken.None);

        Assert.NotEmpty(snapshot.CustomFields);
        Assert.Equal(snapshot.CustomFields.Count, WetrooPack.CustomFieldColumns.Count);
        foreach (var field in snapshot.CustomFields)
        {
            Assert.True(WetrooPack.CustomFieldColumns.TryGetValue($"{field.Module}.{field.Name}", out var target), $"{field.Module}.{field.Name} has no column");
            var (table, column) = (target![..target.IndexOf('.', StringComparison.Ordinal)], target[(target.IndexOf('.', StringComparison.Ordinal) + 1)..]);
            Assert.Equal(field.Module == "deal" ? "opportunity" : field.Module, table);
            var property = Tables[table].GetProperties().Single(p => p.Name.Equals(column, StringComparison.OrdinalIgnoreCase));
            var custom = property.GetCustomAttribute<CustomColumnAttribute>()!;
            Assert.Equal(TypeOf[field.Type], custom.Type);
            if (field.Type == "picklist")
            {
                var options = Enum.GetNames(Nullable.GetUnderlyingType(property.PropertyType)!);
                Assert.Equal(field.Options.Count, options.Length);
                Assert.All(field.Options, o => Assert.Contains(o.Replace(" ", "", StringComparison.Ordinal), options, StringComparer.OrdinalIgnoreCase));
            }
        }
    }
}
