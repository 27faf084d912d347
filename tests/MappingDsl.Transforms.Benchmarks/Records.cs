using MappingDsl.Maps.Salesmate.Tests;

namespace MappingDsl.Transforms.Benchmarks;

/// <summary>The record a per-record benchmark transforms.</summary>
public enum RecordKind
{
    /// <summary>A Salesmate contact at the Customer stage: the split's contact branch.</summary>
    Contact,

    /// <summary>A lost deal: stage matrix, three lookups, owner and a state change.</summary>
    Deal,

    /// <summary>A meeting with three attendees: activity parties.</summary>
    Meeting,
}

/// <summary>The UTF-8 source records every approach is given.</summary>
internal static class Records
{
    // Every lifecycle stage the split distinguishes, so a batch goes down both branches (3 leads : 2 contacts).
    private static readonly string[] Stages = ["Subscriber", "Lead", "Customer", "Marketing Qualified Lead", "Evangelist"];

    public static readonly byte[] Contact = Samples.Utf8(Samples.Contact(40, "Customer"));
    public static readonly byte[] Lead = Samples.Utf8(Samples.Contact(41, "Lead"));
    public static readonly byte[] Deal = Samples.Utf8(Samples.Deal("Proposal", "Lost"));
    public static readonly byte[] Meeting = Samples.Utf8(Samples.Activity("Meeting", Samples.Meeting));

    public static byte[] Of(RecordKind kind) => kind switch
    {
        RecordKind.Contact => Contact,
        RecordKind.Deal => Deal,
        RecordKind.Meeting => Meeting,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no sample for this record kind"),
    };

    public static byte[][] Contacts(int count)
    {
        var batch = new byte[count][];
        for (var i = 0; i < count; i++)
            batch[i] = Samples.Utf8(Samples.Contact(100_000 + i, Stages[i % Stages.Length]));
        return batch;
    }

    public static InMemoryLookupResolver Resolver() => Samples.Resolver();
}
