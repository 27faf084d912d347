using MappingDsl.Sources.Files;

namespace MappingDsl.Sources.Wetroo.Tests;

public sealed class FileExportTests
{
    [Fact]
    public async Task Json_pages_and_csv_exports_yield_the_records_the_api_would()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mdsl-wetroo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "contact.json"),
                """{"success":true,"data":[{"id":7,"name":"Diya Rao","updatedAt":"2025-02-01T10:00:00.000Z","customFields":{"cf_language":"Hindi"}}],"meta":{"limit":200,"hasMore":false}}""");
            await File.WriteAllTextAsync(Path.Combine(folder, "deal.csv"),
                "id:number,title,value:number,stage,stageOrder:number,owner.email,updatedAt\n" +
                "12,Bulk order #12,45000,Quote Sent,4,meera.iyer@wetroo-emulator.test,2025-03-01T00:00:00Z\n" +
                "oops,Broken,,,,,\n");
            var reader = FileSourceReader.FromSpec("file:" + folder, WetrooModules.FieldsFor);

            var contacts = await Harness.ReadAll(reader, "contact");
            var deals = await Harness.ReadAll(reader, "deal");

            Assert.Equal("7", Assert.Single(contacts).Id);
            Assert.Equal(new DateTimeOffset(2025, 2, 1, 10, 0, 0, TimeSpan.Zero), contacts[0].ModifiedAt);
            Assert.Equal(2, deals.Count);
            Assert.Equal("12", deals[0].Id);
            Assert.Contains("\"owner\":{\"email\":\"meera.iyer@wetroo-emulator.test\"}", System.Text.Encoding.UTF8.GetString(deals[0].Json.Span), StringComparison.Ordinal);
            Assert.False(deals[1].IsUsable);
            Assert.Empty(await Harness.ReadAll(reader, "deal", new DateTimeOffset(2025, 3, 2, 0, 0, 0, TimeSpan.Zero)).ContinueWith(t => t.Result.Where(r => r.IsUsable).ToList()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
