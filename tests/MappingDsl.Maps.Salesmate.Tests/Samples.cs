using System.Text;

namespace MappingDsl.Maps.Salesmate.Tests;

/// <summary>Salesmate records as the v4 API returns them (docs/sources/salesmate.md), and ids they resolve to.</summary>
internal static class Samples
{
    public const string OwnerEmail = "ava.patel@salesmate-emulator.test";
    public static readonly Guid AccountId = Guid.Parse("0000000a-0000-0000-0000-000000000012");
    public static readonly Guid ContactId = Guid.Parse("0000000c-0000-0000-0000-000000000040");
    public static readonly Guid LeadId = Guid.Parse("0000000e-0000-0000-0000-000000000041");
    public static readonly Guid OpportunityId = Guid.Parse("0000000d-0000-0000-0000-000000000301");
    public static readonly Guid ThreadId = Guid.Parse("0000000f-0000-0000-0000-000000008801");
    public static readonly Guid UserId = Guid.Parse("00000001-0000-0000-0000-000000000003");

    public static InMemoryLookupResolver Resolver()
    {
        var resolver = new InMemoryLookupResolver();
        resolver.Add("Companies", "12", new RecordId("account", "accounts", AccountId));
        resolver.Add("Contacts", "40", new RecordId("contact", "contacts", ContactId));
        resolver.Add("Contacts", "41", new RecordId("lead", "leads", LeadId));
        resolver.Add("Deals", "301", new RecordId("opportunity", "opportunities", OpportunityId));
        resolver.Add("TeamInboxThreads", "8801", new RecordId("sm_teaminboxthread", "sm_teaminboxthreads", ThreadId));
        resolver.AddOwner(OwnerEmail, new RecordId("systemuser", "systemusers", UserId));
        return resolver;
    }

    private const string Owner = """{"id":3,"name":"Ava Patel","email":"ava.patel@salesmate-emulator.test","firstName":"Ava","lastName":"Patel"}""";

    public static string Company(string extra = "") => $$"""
        {"id":12,"name":"Northwind Traders","website":"northwind.example.com","phone":"+1 206 555 0100","otherPhone":null,
         "industry":"Retail","numberOfEmployees":240,"annualRevenue":12500000,"currency":"USD","description":null,
         "tags":"enterprise,renewal","billingCity":"Seattle","billingCountry":"United States",
         "owner":{{Owner}},"openDealCount":2,"wonDealCount":1,
         "createdAt":"2024-01-05T10:00:00.000Z","lastModifiedAt":"2025-02-01T08:30:00.000Z",
         "textCustomField1":"EMEA","selectCustomField1":"Gold"{{extra}}}
        """;

    public static string Contact(long id, string stage, string ownerEmail = OwnerEmail) => $$"""
        {"id":{{id}},"firstName":"Jane","lastName":"Doe","name":"Jane Doe","email":"jane.doe@northwind.example.com",
         "designation":"Buyer","type":"Customer","lifecycleStage":"{{stage}}","company":{"id":12,"name":"Northwind Traders"},
         "emailOptOut":false,"tags":"vip","billingCity":"Seattle",
         "owner":{"id":3,"name":"Ava Patel","email":"{{ownerEmail}}"},
         "createdAt":"2024-02-01T09:00:00.000Z","lastModifiedAt":"2025-03-14T09:26:53.000Z",
         "textCustomField1":"Janie","intCustomField1":3,"multiSelectCustomField1":"Webinars,Pricing","selectCustomField1":"Email"}
        """;

    public static string Deal(string stage, string status, string pipeline = "Sales") => $$"""
        {"id":301,"title":"Northwind – 200 seats","pipeline":"{{pipeline}}","stage":"{{stage}}","status":"{{status}}","dealValue":48000,
         "currency":"USD","probability":60,"priority":"High","source":"Referral","estimatedCloseDate":"2025-06-30",
         "closedDate":"2025-04-01T10:00:00.000Z","lostReason":"Price","wonReason":null,
         "primaryContact":{"id":40,"name":"Jane Doe","email":"jane.doe@northwind.example.com"},
         "primaryCompany":{"id":12,"name":"Northwind Traders"},"tags":"q2","owner":{{Owner}},
         "createdAt":"2025-01-10T12:00:00.000Z","lastModifiedAt":"2025-03-01T16:45:00.000Z","decimalCustomField1":12.5,"selectCustomField1":"Acme"}
        """;

    public static string Activity(string type, string extra) => $$"""
        {"id":9001,"type":"{{type}}","title":"Kick-off","description":"Agenda attached","dueDate":"2025-03-20T15:00:00.000Z",
         "duration":60,"isCompleted":true,"completedAt":"2025-03-20T16:00:00.000Z",
         "primaryContact":{"id":40,"name":"Jane Doe","email":"jane.doe@northwind.example.com"},
         "primaryCompany":{"id":12,"name":"Northwind Traders"},"deal":{"id":301,"title":"Northwind – 200 seats"},
         "owner":{{Owner}},"createdAt":"2025-03-01T10:00:00.000Z","lastModifiedAt":"2025-03-02T10:00:00.000Z"{{extra}}}
        """;

    public const string Meeting = """
        ,"endDate":"2025-03-20T16:00:00.000Z","location":"Teams","isCalendarInvite":true,
         "attendees":[{"email":"jane.doe@northwind.example.com","name":"Jane Doe","contactId":40,"userId":null,"responseStatus":"Accepted"},
                      {"email":"ava.patel@salesmate-emulator.test","name":"Ava Patel","contactId":null,"userId":3,"responseStatus":"Accepted"},
                      {"email":"guest@example.com","name":null,"contactId":null,"userId":null,"responseStatus":"None"}]
        """;

    public static string Email => $$"""
        {"id":5001,"subject":"Proposal","body":"<p>Hi Jane</p>","direction":"Outgoing","fromEmail":"{{OwnerEmail}}",
         "fromName":"Ava Patel","to":[{"email":"jane.doe@northwind.example.com","name":"Jane Doe"}],"cc":[],
         "sentAt":"2025-03-03T09:00:00.000Z","threadId":"t-5001","openCount":2,"clickCount":0,
         "primaryContact":{"id":40,"name":"Jane Doe","email":"jane.doe@northwind.example.com"},"deal":{"id":301,"title":"x"},
         "owner":{{Owner}},"createdAt":"2025-03-03T09:00:00.000Z","lastModifiedAt":"2025-03-03T09:00:00.000Z"}
        """;

    public static string Note(string module, long id) => $$"""
        {"id":7001,"note":"<p>Called about renewal.</p>","relatedTo":{"module":"{{module}}","id":{{id}}},
         "createdBy":{{Owner}},"createdAt":"2025-03-05T11:00:00.000Z","lastModifiedAt":"2025-03-05T11:00:00.000Z"}
        """;

    public static string Thread => $$"""
        {"id":8801,"subject":"Login issue","inboxName":"Support","channel":"Email","status":"Closed","assignedTo":{{Owner}},
         "contact":{"id":40,"name":"Jane Doe","email":"jane.doe@northwind.example.com"},"messageCount":2,
         "firstMessageAt":"2025-03-06T07:00:00.000Z","lastMessageAt":"2025-03-06T08:00:00.000Z",
         "createdAt":"2025-03-06T07:00:00.000Z","lastModifiedAt":"2025-03-06T08:00:00.000Z"}
        """;

    public static string Message => $$"""
        {"id":88001,"threadId":8801,"order":2,"direction":"Outgoing","fromEmail":"support@salesmate-emulator.test","fromName":"Support",
         "respondedBy":{{Owner}},"body":"<p>Thanks, fixed.</p>","sentAt":"2025-03-06T08:00:00.000Z",
         "createdAt":"2025-03-06T08:00:00.000Z","lastModifiedAt":"2025-03-06T08:00:00.000Z"}
        """;

    public const string Pipeline = """
        {"id":1,"pipeline":"Sales","isDefault":true,"stages":[
         {"id":11,"stage":"New","probability":10,"displayOrder":1,"forecastType":"Open"},
         {"id":13,"stage":"Proposal","probability":60,"displayOrder":3,"forecastType":"Open"},
         {"id":17,"stage":"Pilot","probability":70,"displayOrder":4,"forecastType":"Open"}]}
        """;

    public const string SmartFlow = """
        {"id":61001,"flowId":2,"flowName":"Trial nurture","contact":{"id":40,"name":"Jane Doe","email":"jane.doe@northwind.example.com"},
         "enrolledAt":"2025-01-02T00:00:00.000Z","currentStep":3,"stepName":"Day 7 email","status":"Active","completedAt":null,
         "createdAt":"2025-01-02T00:00:00.000Z","lastModifiedAt":"2025-01-09T00:00:00.000Z"}
        """;

    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);
}
