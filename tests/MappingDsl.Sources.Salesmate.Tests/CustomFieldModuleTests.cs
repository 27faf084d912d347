using System.Text;
using System.Text.Json;
using MappingDsl.Emulators.Salesmate;
using MappingDsl.Sources.Files;
using static MappingDsl.Sources.Salesmate.Tests.Harness;

namespace MappingDsl.Sources.Salesmate.Tests;

public class CustomFieldModuleTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>The map pack's <c>SmCustomField</c> shape, restated so the test does not depend on the map pack.</summary>
    private sealed class CustomField
    {
        public string? FieldName { get; init; }
        public string? Module { get; init; }
        public string? DisplayName { get; init; }
        public string? Type { get; init; }
        public string? FieldOptions { get; init; }
    }

    [Fact]
    public async Task Reads_every_custom_field_the_emulator_defines_with_a_module_prefixed_string_id()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 10 });
        using var extractor = new SalesmateExtractor(OptionsFor(emulator));

        var records = await ReadAll(extractor, "field");

        var expected = SalesmateEmulatorCatalog.CustomFields.Select(f => $"{f.MetadataModule}.{f.FieldName}").ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), records.Select(r => r.Id!).Order(StringComparer.Ordinal));
        Assert.Equal(emulator.Dataset.Count("field"), records.Count);
        Assert.All(records, r => Assert.True(r.IsUsable, r.Problem));
        Assert.All(records, r => Assert.Null(r.ModifiedAt));
        Assert.All(records, r => Assert.Equal("field", r.Module));
        Assert.DoesNotContain(records, r => r.Id == "contact.lifecycleStage");
    }

    [Fact]
    public async Task Records_deserialize_with_type_label_module_and_the_options_text()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 10 });
        using var extractor = new SalesmateExtractor(OptionsFor(emulator));

        var records = await ReadAll(extractor, "field");

        var parsed = records.ToDictionary(r => r.Id!, r => JsonSerializer.Deserialize<CustomField>(r.Json.Span, Web)!);
        foreach (var field in SalesmateEmulatorCatalog.CustomFields)
        {
            var read = parsed[$"{field.MetadataModule}.{field.FieldName}"];
            Assert.Equal($"{field.MetadataModule}.{field.FieldName}", read.FieldName);
            Assert.Equal(field.MetadataModule, read.Module);
            Assert.Equal(field.DisplayName, read.DisplayName);
            Assert.Equal(field.Type, read.Type);
            if (field.Options.Count == 0)
            {
                Assert.Null(read.FieldOptions);
            }
            else
            {
                using var options = JsonDocument.Parse(read.FieldOptions!);
                Assert.Equal(field.Options, options.RootElement.GetProperty("values").EnumerateArray().Select(v => v.GetString()));
            }
        }

        using var competitor = JsonDocument.Parse(records.Single(r => r.Id == "deal.selectCustomField1").Json);
        Assert.Equal(
            ["fieldName", "module", "displayName", "type", "fieldOptions"],
            competitor.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.String, competitor.RootElement.GetProperty("fieldOptions").ValueKind);
    }

    [Fact]
    public async Task A_since_read_is_still_full_and_shares_the_metadata_call()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 10 });
        using var extractor = new SalesmateExtractor(OptionsFor(emulator));

        var first = await ReadAll(extractor, "field");
        var since = await ReadAll(extractor, "field", DateTimeOffset.UtcNow);

        Assert.Equal(first.Select(r => r.Id), since.Select(r => r.Id));
        Assert.Equal(1, extractor.Calls);
    }

    [Fact]
    public async Task The_file_reader_serves_saved_field_records_with_the_same_ids()
    {
        await using var emulator = await SalesmateEmulator.StartAsync(new SalesmateEmulatorOptions { Records = 10 });
        using var extractor = new SalesmateExtractor(OptionsFor(emulator));
        var records = await ReadAll(extractor, "field");
        var directory = Path.Combine(Path.GetTempPath(), "mdsl-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var array = "[" + string.Join(",", records.Select(r => Encoding.UTF8.GetString(r.Json.Span))) + "]";
            await File.WriteAllTextAsync(Path.Combine(directory, "field.json"), array);

            var saved = await ReadAll(FileSourceReader.FromSpec("file:" + directory, SalesmateModules.FieldsFor), "field");

            Assert.Equal(records.Select(r => r.Id), saved.Select(r => r.Id));
            Assert.All(saved, r => Assert.True(r.IsUsable, r.Problem));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Field_options_keep_their_text_and_empty_options_become_null()
    {
        var body = """
            {"Status":"success","Data":{
              "deal":[{"fieldName":"selectCustomField2","displayName":"Région","type":"Select","isCustom":true,"fieldOptions":{"values":["North","South"]}},
                      {"fieldName":"textCustomField2","displayName":"Code","type":"Text","isCustom":true,"fieldOptions":""},
                      {"fieldName":"title","displayName":"Title","type":"Text","isCustom":false}]}}
            """u8;

        var fields = SalesmateFieldMetadataParser.Parse(body);
        var records = CustomFieldRecords.Create(SalesmateModules.Get("field"), fields).ToList();

        Assert.Equal(["deal.selectCustomField2", "deal.textCustomField2"], records.Select(r => r.Id));
        var region = JsonSerializer.Deserialize<CustomField>(records[0].Json.Span, Web)!;
        Assert.Equal("""{"values":["North","South"]}""", region.FieldOptions);
        Assert.Equal("Région", region.DisplayName);
        Assert.Contains("\"fieldOptions\":\"{\\\"values\\\"", Encoding.UTF8.GetString(records[0].Json.Span), StringComparison.Ordinal);
        Assert.Equal(["North", "South"], fields[0].Options);
        Assert.Null(JsonSerializer.Deserialize<CustomField>(records[1].Json.Span, Web)!.FieldOptions);
    }

    [Fact]
    public void The_field_module_is_known_with_a_string_id_and_no_timestamp()
    {
        var module = SalesmateModules.Get("Field");

        Assert.Equal(SalesmateModuleKind.Fields, module.Kind);
        Assert.Equal(new RecordFields("fieldName", null, IdKind.String), SalesmateModules.FieldsFor("field"));
    }
}
