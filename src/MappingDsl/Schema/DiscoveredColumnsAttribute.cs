namespace MappingDsl;

/// <summary>
/// Lets discovery decide part of a <see cref="CustomTableAttribute"/> table's columns: every key of the object at
/// <see cref="Path"/> that discovery's profile of <see cref="Group"/> found in more than <see cref="Threshold"/> of the
/// records becomes a typed column (named <see cref="Prefix"/> + key), and the entity generator adds a write-only
/// <c>Properties</c> member that spreads a record's object over those columns, the other keys going to the
/// <see cref="Rest"/> column as JSON. Re-running discovery and rebuilding changes the columns; nothing is edited by hand.
/// </summary>
/// <example>
/// <code>
/// [CustomTable("cio_Event", "Event", "Events", PrimaryName = "cio_Name")]
/// [DiscoveredColumns("event", "data", Prefix = "cio_p", Rest = "cio_OtherProperties")]
/// public sealed partial class CioEvent { … }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DiscoveredColumnsAttribute : Attribute
{
    /// <summary>Declares the discovered columns.</summary>
    /// <param name="group">The discovery profile group (a module, such as <c>event</c>).</param>
    /// <param name="path">The object whose keys become columns (<c>data</c> for event properties).</param>
    public DiscoveredColumnsAttribute(string group, string path)
    {
        Group = group;
        Path = path;
    }

    /// <summary>The discovery profile group.</summary>
    public string Group { get; }

    /// <summary>The object whose keys become columns.</summary>
    public string Path { get; }

    /// <summary>A key present in more than this share of the group's records gets a column (10 % by default).</summary>
    public double Threshold { get; set; } = 0.10;

    /// <summary>The column names' prefix (the publisher prefix and a marker): column = prefix + key.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>The memo column that takes every other key as a JSON object.</summary>
    public string Rest { get; set; } = "";
}

/// <summary>Marks a column the entity generator added for a discovered key (see <see cref="DiscoveredColumnsAttribute"/>).</summary>
/// <param name="key">The key the column holds.</param>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class DiscoveredColumnAttribute(string key) : Attribute
{
    /// <summary>The key the column holds.</summary>
    public string Key { get; } = key;
}

/// <summary>
/// Marks the generated member that spreads an object over the discovered columns and the rest column; the map-pack
/// generator writes all of those columns when a pair sets it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class SpreadsDiscoveredColumnsAttribute : Attribute;
