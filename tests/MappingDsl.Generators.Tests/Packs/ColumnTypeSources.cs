namespace MappingDsl.Generators.Tests.Packs;

/// <summary>A pack that writes one column of every type the transform emitter knows, into a custom table and an activity.</summary>
internal static class ColumnTypeSources
{
    public const string Entities = """
        using System;
        using System.Collections.Generic;
        using MappingDsl;

        namespace Test.Entities;

        [CustomTable("sm_Widget", "Widget", "Widgets", PrimaryName = "sm_Name")]
        public sealed partial class Widget
        {
            [CustomColumn(ColumnType.String, MaxLength = 200)] public string? sm_Name { get; set; }
            [CustomColumn(ColumnType.Integer)] public int? sm_Count { get; set; }
            [CustomColumn(ColumnType.Integer, Label = "Total")] public int sm_Total { get; set; }
            [CustomColumn(ColumnType.BigInt)] public long? sm_Big { get; set; }
            [CustomColumn(ColumnType.Double)] public double? sm_Ratio { get; set; }
            [CustomColumn(ColumnType.Money, Precision = 2)] public decimal? sm_Amount { get; set; }
            [CustomColumn(ColumnType.Boolean)] public bool? sm_Flag { get; set; }
            [CustomColumn(ColumnType.DateTime)] public DateTimeOffset? sm_When { get; set; }
            [CustomColumn(ColumnType.DateOnly)] public DateOnly? sm_Day { get; set; }
            [CustomColumn(ColumnType.Picklist, Options = "100000000=Small;100000001=Large")] public KindOption? sm_Kind { get; set; }
            [CustomColumn(ColumnType.MultiSelectPicklist, Options = "100000000=Small;100000001=Large")] public IReadOnlyList<KindOption>? sm_Tags { get; set; }
            [CustomColumn(ColumnType.Uniqueidentifier)] public Guid? sm_Ref { get; set; }
            [CustomColumn(ColumnType.Lookup, Target = "account")] public LookupRef? sm_Parent { get; set; }
            public enum KindOption { Small = 100000000, Large = 100000001 }
        }

        [Table("appointment", "appointments", PrimaryId = "activityid", PrimaryName = "subject", Ownership = "UserOwned", IsActivity = true)]
        public sealed partial class Appointment
        {
            [Column("subject", ColumnType.String, MaxLength = 200, Required = RequiredLevel.ApplicationRequired)] public string? Subject { get; set; }
            [Column("requiredattendees", ColumnType.PartyList)] public IReadOnlyList<PartyRef>? RequiredAttendees { get; set; }
            [Column("statuscode", ColumnType.Status)] public StatusCodeOption? StatusCode { get; set; }
            public enum StatusCodeOption { Free = 1, Busy = 5 }
        }
        """;

    public const string Pack = """
        using System;
        using System.Text.Json.Serialization;
        using MappingDsl;
        using Test.Entities;

        namespace Test.Widgets;

        public sealed record SmWidget([SourceKey] int Id, string? Name, int? Count, string? CompanyId);

        [JsonSerializable(typeof(SmWidget))]
        [JsonSerializable(typeof(Test.Salesmate.SmCompany))]
        public sealed partial class WidgetJson : JsonSerializerContext;

        [MapPack("widgets", Publisher = "sm", Source = "Widgets", JsonContext = typeof(WidgetJson), UnmappedSourceMembers = Strictness.Ignore)]
        public static partial class WidgetPack
        {
            [Pair("Company")]
            public static Account Company(Test.Salesmate.SmCompany s, MapContext m) => new() { Name = s.Name, OwnerId = m.Owner(s.OwnerEmail) };

            [Pair("Widget")]
            public static Widget Widgets(SmWidget s, MapContext m) => new()
            {
                sm_Name = s.Name,
                sm_Count = s.Count,
                sm_Total = 7,
                sm_Big = 1234567890123,
                sm_Ratio = 0.5,
                sm_Amount = 12.34m,
                sm_Flag = true,
                sm_When = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)),
                sm_Day = new DateOnly(2026, 2, 3),
                sm_Kind = Widget.KindOption.Large,
                sm_Tags = [Widget.KindOption.Small, Widget.KindOption.Large],
                sm_Ref = new Guid("33333333-3333-3333-3333-333333333333"),
                sm_Parent = m.Ref(Company, s.CompanyId),
            };

            [Pair("Meeting")]
            public static Appointment Meeting(SmWidget s, MapContext m) => new()
            {
                Subject = s.Name,
                RequiredAttendees = [m.Party(Company, s.CompanyId), m.User("ann@contoso.example")],
                StatusCode = Appointment.StatusCodeOption.Busy,
            };
        }
        """;
}
