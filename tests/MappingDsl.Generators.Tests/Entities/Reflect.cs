using System.Reflection;

namespace MappingDsl.Generators.Tests.Entities;

/// <summary>Reads the attributes and static members of types compiled in a test.</summary>
internal static class Reflect
{
    public static TableAttribute Table(Type type) =>
        type.GetCustomAttribute<TableAttribute>() ?? throw new InvalidOperationException($"{type} has no [Table].");

    public static ColumnAttribute Column(Type type, string property) =>
        (type.GetProperty(property) ?? throw new InvalidOperationException($"{type} has no property {property}."))
            .GetCustomAttribute<ColumnAttribute>() ?? throw new InvalidOperationException($"{type}.{property} has no [Column].");

    public static object? Static(Type type, string property) =>
        (type.GetProperty(property, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{type} has no static {property}.")).GetValue(null);
}
