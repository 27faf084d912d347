namespace MappingDsl.Generators.Tests.Packs;

/// <summary>Hand-written entities, source records and a small complete pack, as the tests compile them.</summary>
internal static class PackSources
{
    public const string Entities = """
        using System.Collections.Generic;
        using MappingDsl;

        namespace Test.Entities;

        [Table("account", "accounts", PrimaryId = "accountid", PrimaryName = "name", Ownership = "UserOwned")]
        public sealed partial class Account : IDataverseEntity
        {
            public static string LogicalName => "account";
            public static string EntitySetName => "accounts";
            [Column("accountid", ColumnType.Uniqueidentifier, Required = RequiredLevel.SystemRequired)] public System.Guid? AccountId { get; set; }
            [Column("name", ColumnType.String, MaxLength = 160, Required = RequiredLevel.ApplicationRequired)] public string? Name { get; set; }
            [Column("websiteurl", ColumnType.String, MaxLength = 200)] public string? WebSiteURL { get; set; }
            [Column("description", ColumnType.Memo, MaxLength = 2000)] public string? Description { get; set; }
            [Column("numberofemployees", ColumnType.Integer)] public int? NumberOfEmployees { get; set; }
            [Column("parentaccountid", ColumnType.Lookup, Targets = "account:parentaccountid:accounts")] public LookupRef? ParentAccountId { get; set; }
            [Column("ownerid", ColumnType.Owner, Required = RequiredLevel.SystemRequired, Targets = "systemuser:ownerid:systemusers;team:ownerid:teams")] public OwnerRef? OwnerId { get; set; }
            [Column("statecode", ColumnType.State, ValidForCreate = false)] public StateCodeOption? StateCode { get; set; }
            [Column("createdon", ColumnType.DateTime, ValidForCreate = false, ValidForUpdate = false)] public System.DateTimeOffset? CreatedOn { get; set; }
            public enum StateCodeOption { Active = 0, Inactive = 1 }
        }

        [Table("lead", "leads", PrimaryId = "leadid", PrimaryName = "fullname", Ownership = "UserOwned")]
        public sealed partial class Lead : IDataverseEntity
        {
            public static string LogicalName => "lead";
            public static string EntitySetName => "leads";
            [Column("lastname", ColumnType.String, MaxLength = 50, Required = RequiredLevel.ApplicationRequired)] public string? LastName { get; set; }
            [Column("subject", ColumnType.String, MaxLength = 300)] public string? Subject { get; set; }
            [Column("ownerid", ColumnType.Owner, Required = RequiredLevel.SystemRequired, Targets = "systemuser:ownerid:systemusers;team:ownerid:teams")] public OwnerRef? OwnerId { get; set; }
            [CustomColumn(ColumnType.String, MaxLength = 100, Label = "Original lifecycle stage")] public string? sm_OriginalLifecycle { get; set; }
        }

        [Table("contact", "contacts", PrimaryId = "contactid", PrimaryName = "fullname", Ownership = "UserOwned")]
        public sealed partial class Contact : IDataverseEntity
        {
            public static string LogicalName => "contact";
            public static string EntitySetName => "contacts";
            [Column("lastname", ColumnType.String, MaxLength = 50, Required = RequiredLevel.ApplicationRequired)] public string? LastName { get; set; }
            [Column("birthdate", ColumnType.DateOnly)] public System.DateOnly? BirthDate { get; set; }
            [Column("parentcustomerid", ColumnType.Lookup, Targets = "account:parentcustomerid_account:accounts;contact:parentcustomerid_contact:contacts")] public LookupRef? ParentCustomerId { get; set; }
            [Column("ownerid", ColumnType.Owner, Required = RequiredLevel.SystemRequired, Targets = "systemuser:ownerid:systemusers;team:ownerid:teams")] public OwnerRef? OwnerId { get; set; }
            [CustomColumn(ColumnType.String, MaxLength = 100, Label = "Original lifecycle stage")] public string? sm_OriginalLifecycle { get; set; }
        }

        [Table("opportunity", "opportunities", PrimaryId = "opportunityid", PrimaryName = "name", Ownership = "UserOwned")]
        public sealed partial class Opportunity : IDataverseEntity
        {
            public static string LogicalName => "opportunity";
            public static string EntitySetName => "opportunities";
            [Column("name", ColumnType.String, MaxLength = 300, Required = RequiredLevel.ApplicationRequired)] public string? Name { get; set; }
            [Column("salesstage", ColumnType.Picklist)] public SalesStageOption? SalesStage { get; set; }
            [Column("customerid", ColumnType.Lookup, Targets = "account:customerid_account:accounts;contact:customerid_contact:contacts")] public LookupRef? CustomerId { get; set; }
            [Column("estimatedvalue", ColumnType.Money, Precision = 2)] public decimal? EstimatedValue { get; set; }
            [Column("ownerid", ColumnType.Owner, Required = RequiredLevel.SystemRequired, Targets = "systemuser:ownerid:systemusers;team:ownerid:teams")] public OwnerRef? OwnerId { get; set; }
            [Column("statecode", ColumnType.State, ValidForCreate = false)] public StateCodeOption? StateCode { get; set; }
            [CustomColumn(ColumnType.Picklist, Options = "100000000=Inbound;100000001=Partner")] public SourceOption? sm_DealSource { get; set; }
            public enum SalesStageOption { Qualify = 0, Develop = 1, Propose = 2, Close = 3 }
            public enum StateCodeOption { Open = 0, Won = 1, Lost = 2 }
            public enum SourceOption { Inbound = 100000000, Partner = 100000001 }
        }
        """;

    public const string Records = """
        using System.Text.Json.Serialization;
        using MappingDsl;

        namespace Test.Salesmate;

        public sealed class SmCompany
        {
            [SourceKey] public long Id { get; set; }
            public string? Name { get; set; }
            public string? Website { get; set; }
            public string? Notes { get; set; }
            public int? Employees { get; set; }
            public string? OwnerEmail { get; set; }
            public string? ParentCompanyId { get; set; }
        }

        public sealed class SmContact
        {
            [SourceKey] public string? Id { get; set; }
            public string? FirstName { get; set; }
            public string? LastName { get; set; }
            public string? LifecycleStage { get; set; }
            public string? CompanyId { get; set; }
            public string? OwnerEmail { get; set; }
            public string? AvatarUrl { get; set; }
        }

        public sealed class SmDeal
        {
            [SourceKey] public string? Id { get; set; }
            public string? Title { get; set; }
            public string? Stage { get; set; }
            public string? CompanyId { get; set; }
            public string? Status { get; set; }
            public decimal? Value { get; set; }
            public string? OwnerEmail { get; set; }
        }

        public sealed class SmSmartFlowMembership
        {
            [SourceKey] public string? Id { get; set; }
            public string? FlowName { get; set; }
            public string? ContactEmail { get; set; }
        }

        [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
        [JsonSerializable(typeof(SmCompany))]
        [JsonSerializable(typeof(SmContact))]
        [JsonSerializable(typeof(SmDeal))]
        [JsonSerializable(typeof(SmSmartFlowMembership))]
        public sealed partial class SalesmateJson : JsonSerializerContext;
        """;

    public const string Pack = """
        using MappingDsl;
        using Test.Entities;

        namespace Test.Salesmate;

        [MapPack("salesmate", Publisher = "sm", Source = "Salesmate", JsonContext = typeof(SalesmateJson))]
        public static partial class SalesmatePack
        {
            /// <summary>Companies become accounts, loaded before contacts.</summary>
            [Pair("Company", Module = "company")]
            public static Account Company(SmCompany s, MapContext m) => new()
            {
                Name = s.Name,
                WebSiteURL = s.Website,
                Description = Lossy.Truncate(s.Notes, 2000, "Salesmate notes longer than 2000 characters are cut"),
                NumberOfEmployees = s.Employees,
                OwnerId = m.Owner(s.OwnerEmail),
                ParentAccountId = m.RefLater(Company, s.ParentCompanyId),
            };

            /// <summary>Early-stage people become leads, the rest contacts.</summary>
            [Pair("Contact", Module = "contact")]
            [Ignore(nameof(SmContact.AvatarUrl), Reason = "Avatars are not migrated")]
            public static Split<Lead, Contact> Contact(SmContact s, MapContext m) =>
                s.LifecycleStage is "subscriber" or "lead" or "mql"
                    ? new Lead { LastName = s.LastName ?? "(none)", Subject = $"{s.FirstName} {s.LastName}", sm_OriginalLifecycle = s.LifecycleStage, OwnerId = m.Owner(s.OwnerEmail) }
                    : new Contact { LastName = s.LastName ?? "(none)", ParentCustomerId = m.Ref(Company, s.CompanyId), sm_OriginalLifecycle = s.LifecycleStage, OwnerId = m.Owner(s.OwnerEmail) };

            /// <summary>Deals become opportunities.</summary>
            [Pair("Deal", Module = "deal")]
            public static Opportunity Deal(SmDeal s, MapContext m) => new()
            {
                Name = s.Title,
                SalesStage = Stage(s.Stage),
                CustomerId = m.Ref(Company, s.CompanyId),
                EstimatedValue = s.Value,
                OwnerId = m.Owner(s.OwnerEmail),
                StateCode = s.Status switch { "Won" => Opportunity.StateCodeOption.Won, "Lost" => Opportunity.StateCodeOption.Lost, _ => null },
            };

            [Picklist("Deal stage", Discovered = "deal.stage")]
            public static Opportunity.SalesStageOption Stage(string? v) => v switch
            {
                "New" or "Qualified" => Opportunity.SalesStageOption.Qualify,
                "Proposal" => Opportunity.SalesStageOption.Propose,
                _ => Unmapped.Fail<Opportunity.SalesStageOption>(v),
            };

            /// <summary>Smart Flow memberships are listed for a person to rebuild as flows.</summary>
            [Pair("Smart Flow membership", Module = "smartflowmembership", TargetDescription = "Power Automate (rebuild required)")]
            public static InventoryRow SmartFlow(SmSmartFlowMembership s, MapContext m) => new() { ["Flow"] = s.FlowName, ["Contact"] = s.ContactEmail };
        }
        """;

    public const string Discovery = """
        {"source":"salesmate","takenAt":"2026-11-01T00:00:00Z","values":{"deal.stage":["New","Qualified","Proposal"],"contact.lifecycleStage":["lead","customer"]},"counts":{"deal":3}}
        """;
}

/// <summary>Sources only some diagnostics tests need.</summary>
internal static class ExtraSources
{
    public const string Records = """
        using System.ComponentModel.DataAnnotations;
        using System.Text.Json.Serialization;
        using MappingDsl;

        namespace Test.Salesmate;

        public sealed class SmNote
        {
            [SourceKey] public string? Id { get; set; }
            [MaxLength(5000)] public string? Body { get; set; }
            public decimal? Score { get; set; }
            public System.DateTimeOffset? When { get; set; }
            public string[]? Tags { get; set; }
        }

        public sealed class SmNoKey
        {
            public string? Name { get; set; }
        }

        [JsonSerializable(typeof(SmNote))]
        [JsonSerializable(typeof(SmNoKey))]
        [JsonSerializable(typeof(SmCompany))]
        public sealed partial class ExtraJson : JsonSerializerContext;
        """;

    public const string AccountColumns = """
        using MappingDsl;

        namespace Test.Entities;

        public sealed partial class Account
        {
            [Column("name", ColumnType.String, MaxLength = 160)] public string? Title { get; set; }
            [CustomColumn(ColumnType.String, MaxLength = 10)] public string? Region { get; set; }
            public string? Scratch { get; set; }
        }
        """;
}
