using System.Linq;
using System.Text.RegularExpressions;
using MappingDsl.Maps.CustomerIo.Source;
using MappingDsl.Segments;

namespace MappingDsl.Maps.CustomerIo;

public static partial class CustomerIoPack
{
    private static readonly Lazy<SegmentColumnMap> ContactSegmentColumns = new(() => DerivePersonSegmentColumns("contact", "contactid"));
    private static readonly Lazy<SegmentColumnMap> LeadSegmentColumns = new(() => DerivePersonSegmentColumns("lead", "leadid"));

    /// <summary>Where the Person pair put each Customer.io attribute on <paramref name="table"/> (contact or lead).</summary>
    /// <param name="table">contact or lead.</param>
    public static SegmentColumnMap PersonSegmentColumns(string table) => table switch
    {
        "contact" => ContactSegmentColumns.Value,
        "lead" => LeadSegmentColumns.Value,
        _ => throw new ArgumentException($"People land in contacts and leads, not '{table}'.", nameof(table)),
    };

    /// <summary>
    /// The segment translator's attribute → column map, read from the Person pair itself (its field maps in the compiled
    /// catalog), so the one declaration of where a trait lands (<see cref="PersonColumns"/> and the split's initializers)
    /// is also where segment rules look for it: a column moved or retyped there moves here. A column counts when it is
    /// filled straight from one attribute (<c>s.Attributes?.Plan</c>), possibly only on one side of a condition
    /// (<c>s.ValidEmail ? s.Attributes?.Email : null</c>); an attribute spread over several such columns of a table
    /// (a lead's valid email in emailaddress1, an invalid one in cio_rawemail) is tested in all of them. Attributes
    /// reached through a conversion (industry's choice, interests as JSON) have no column a condition can compare.
    /// </summary>
    private static SegmentColumnMap DerivePersonSegmentColumns(string table, string primaryId)
    {
        var columns = new Dictionary<string, SegmentColumn>(StringComparer.Ordinal);
        foreach (var field in CustomerIoPack.Catalog.Pair(nameof(People)).Fields.Where(f => f.Target == table))
        {
            var read = AttributeRead().Match(field.Expression);
            if (!read.Success || SegmentKind(field.ColumnType) is not { } kind)
                continue;
            var attribute = AttributeName(read.Groups["member"].Value);
            if (!columns.TryGetValue(attribute, out var first))
                columns[attribute] = new SegmentColumn(field.Column, kind);
            else if (first.Kind == kind)
                columns[attribute] = first with { AlsoIn = [.. first.AlsoIn ?? [], field.Column] };
        }
        return new SegmentColumnMap(table, primaryId, columns);
    }

    private static SegmentValueKind? SegmentKind(ColumnType type) => type switch
    {
        ColumnType.String or ColumnType.Memo => SegmentValueKind.Text,
        ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Double or ColumnType.Money => SegmentValueKind.Number,
        ColumnType.Boolean => SegmentValueKind.Boolean,
        ColumnType.DateTime => SegmentValueKind.DateTime,
        _ => null,
    };

    // The attribute's name in Customer.io: the JSON name the pack's own context reads the member from.
    private static string AttributeName(string member)
    {
        var info = CustomerIoJson.Default.GetTypeInfo(typeof(CioAttributes));
        foreach (var property in info?.Properties ?? [])
        {
            if (property.AttributeProvider is System.Reflection.MemberInfo { Name: var name } && name == member)
                return property.Name;
        }
        return CustomerIoJson.Default.Options.PropertyNamingPolicy?.ConvertName(member) ?? member;
    }

    // s.Attributes?.X, or either side of a condition whose other side is null.
    [GeneratedRegex(@"^(?:[^?]+\?\s*(?:null\s*:\s*)?)?s\.Attributes\?\.(?<member>\w+)(?:\s*:\s*null)?$")]
    private static partial Regex AttributeRead();
}
