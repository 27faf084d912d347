namespace MappingDsl.Sources.Scaffolding;

/// <summary>What a source field holds, as far as matching it to a Dataverse column needs to know.</summary>
public enum FieldKind
{
    /// <summary>The record's key.</summary>
    Id,

    /// <summary>Short text.</summary>
    Text,

    /// <summary>Long or HTML text.</summary>
    LongText,

    /// <summary>An email address.</summary>
    Email,

    /// <summary>A phone number.</summary>
    Phone,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A decimal number.</summary>
    Decimal,

    /// <summary>An amount of money.</summary>
    Money,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>A date without time.</summary>
    Date,

    /// <summary>A point in time.</summary>
    DateTime,

    /// <summary>One value of a list (discovery lists the values in use).</summary>
    Choice,

    /// <summary>Several values of a list, comma-separated.</summary>
    MultiChoice,

    /// <summary>Comma-separated tags.</summary>
    Tags,

    /// <summary>A user object with an email (owners, assignees).</summary>
    User,

    /// <summary>A reference to another module's record (<see cref="FieldShape.RefersTo"/>).</summary>
    Reference,

    /// <summary>A list of people (email and name), such as recipients or attendees.</summary>
    Parties,
}

/// <summary>One field of a source record.</summary>
/// <param name="Name">The JSON key.</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Label">The label users see, when the source has one (custom fields); otherwise the key is the label.</param>
/// <param name="RefersTo">For <see cref="FieldKind.Reference"/>: the module it points to, or <c>*</c> for any.</param>
public sealed record FieldShape(string Name, FieldKind Kind, string? Label = null, string? RefersTo = null)
{
    /// <summary>For custom fields: the source's type name (<c>Select</c>, <c>Text</c> …); null for standard fields.</summary>
    public string? CustomType { get; init; }

    /// <summary>For a <see cref="FieldKind.Reference"/>: the JSON value is the id itself, not an object with an <c>id</c>.</summary>
    public bool ScalarId { get; init; }

    /// <summary>Picklist values: the ones discovery saw in use, else the field's defined options.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];
}

/// <summary>One source module and the Dataverse table(s) it usually becomes.</summary>
/// <param name="Module">The extractor's module name (<c>contact</c>).</param>
/// <param name="SourceObject">The object as the customer knows it (<c>Contact</c>).</param>
/// <param name="Targets">
/// Its usual tables, logical names; two mean a split decided by <see cref="SplitBy"/> (the first target is the
/// default branch). A name that the metadata snapshot lacks is proposed as a custom table.
/// </param>
/// <param name="Fields">The standard fields of its records (custom fields come from discovery).</param>
public sealed record ModuleShape(string Module, string SourceObject, IReadOnlyList<string> Targets, IReadOnlyList<FieldShape> Fields)
{
    /// <summary>For a split: the choice field whose values decide the branch.</summary>
    public string? SplitBy { get; init; }

    /// <summary>The discovery module that defines its custom fields when it is not <see cref="Module"/> (<c>activity</c> for calls).</summary>
    public string? CustomFieldModule { get; init; }
}

/// <summary>
/// A source kind's record shapes: what each module's records hold and where they usually go in Dynamics 365. Discovery
/// adds the custom fields and picklist values; the scaffolder matches the result to the org's metadata.
/// </summary>
/// <param name="Source">The source's name (<c>salesmate</c>).</param>
/// <param name="DisplayName">Its display name (<c>Salesmate</c>).</param>
/// <param name="Publisher">The publisher prefix proposed for custom names (<c>sm</c>).</param>
/// <param name="Modules">The modules that become records.</param>
/// <param name="InventoryOnly">Modules discovery counts that become no records (users, tags, pipelines …), with why.</param>
public sealed record SourceShape(
    string Source,
    string DisplayName,
    string Publisher,
    IReadOnlyList<ModuleShape> Modules,
    IReadOnlyDictionary<string, string> InventoryOnly);
