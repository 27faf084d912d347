using MappingDsl.Generators.Entities;
using MappingDsl.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Tests.Entities;

public class MalformedMetadataTests
{
    private const string Category = """
        {"LogicalName":"new_category","SchemaName":"new_Category","EntitySetName":"new_categories","Attributes":[]}
        """;

    [Theory]
    [InlineData("{\"LogicalName\": \"x\",}", "Expected a member name in double quotes at line 1, column 21")]
    [InlineData("{\"LogicalName\": \"x\"", "Unexpected end of input")]
    [InlineData("", "Unexpected end of input, expected a value at line 1, column 1")]
    [InlineData("[1, 2]", "'$' must be an object")]
    [InlineData("{\"SchemaName\": \"X\", \"Attributes\": []}", "'LogicalName' must be a non-empty string")]
    [InlineData("{\"LogicalName\": \"x\", \"SchemaName\": \"X\", \"EntitySetName\": \"xs\", \"Attributes\": {}}", "'Attributes' must be an array")]
    [InlineData(
        "{\"LogicalName\":\"x\",\"SchemaName\":\"X\",\"EntitySetName\":\"xs\",\"Attributes\":[{\"AttributeType\":\"String\",\"LogicalName\":\"a\",\"SchemaName\":\"A\",\"IsValidForCreate\":true,\"IsValidForUpdate\":true,\"RequiredLevel\":{\"Value\":\"Sometimes\"}}]}",
        "'Attributes[0](a).RequiredLevel.Value' is 'Sometimes'; expected None, SystemRequired, ApplicationRequired or Recommended")]
    [InlineData(
        "{\"LogicalName\":\"x\",\"SchemaName\":\"X\",\"EntitySetName\":\"xs\",\"Attributes\":[{\"AttributeType\":\"Lookup\",\"LogicalName\":\"a\",\"SchemaName\":\"A\",\"IsValidForCreate\":true,\"IsValidForUpdate\":true,\"RequiredLevel\":{\"Value\":\"None\"}}]}",
        "'Attributes[0](a).Targets' must be an array")]
    public void Unreadable_file_is_MDSL050_at_that_file_and_the_other_tables_still_generate(string json, string reason)
    {
        var bad = "/org/metadata/broken.json";
        var run = GeneratorHarness.Run(
            new EntityGenerator(),
            GeneratorHarness.Compile(),
            [GeneratorHarness.Text(bad, json), GeneratorHarness.Text("/org/metadata/new_category.json", Category)]);

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal(("MDSL050", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(bad, diagnostic.Location.GetLineSpan().Path);
        Assert.StartsWith($"Metadata file '{bad}' cannot be read: {reason}", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
        Assert.Null(run.Result.Exception);
        Assert.Equal(["new_Category.g.cs"], run.Result.GeneratedSources.Select(s => s.HintName));
        Assert.Empty(run.CompilationErrors);
    }

    [Fact]
    public void Second_file_for_the_same_table_is_MDSL050_and_the_first_one_wins()
    {
        var run = GeneratorHarness.Run(
            new EntityGenerator(),
            GeneratorHarness.Compile(),
            [GeneratorHarness.Text("/b/metadata/category.json", Category), GeneratorHarness.Text("/a/metadata/new_category.json", Category)]);

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal("MDSL050", diagnostic.Id);
        Assert.Equal("/b/metadata/category.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("table 'new_category' is already defined by '/a/metadata/new_category.json'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Single(run.Result.GeneratedSources);
        Assert.Empty(run.CompilationErrors);
    }

    [Fact]
    public void Table_whose_class_name_repeats_another_differing_only_in_case_is_MDSL050_not_a_crash()
    {
        const string sameClass = """
            {"LogicalName":"new_category2","SchemaName":"NEW_CATEGORY","EntitySetName":"new_category2s","Attributes":[]}
            """;
        var run = GeneratorHarness.Run(
            new EntityGenerator(),
            GeneratorHarness.Compile(),
            [GeneratorHarness.Text("/a/metadata/new_category.json", Category), GeneratorHarness.Text("/a/metadata/new_category2.json", sameClass)]);

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal(("MDSL050", "/a/metadata/new_category2.json"), (diagnostic.Id, diagnostic.Location.GetLineSpan().Path));
        Assert.Null(run.Result.Exception);
        Assert.Equal(["new_Category.g.cs"], run.Result.GeneratedSources.Select(s => s.HintName));
    }

    [Fact]
    public void Json_files_outside_a_metadata_folder_are_not_read()
    {
        var run = GeneratorHarness.Run(
            new EntityGenerator(),
            GeneratorHarness.Compile(),
            [GeneratorHarness.Text("/org/discovery/broken.json", "not json"), GeneratorHarness.Text("/org/metadata/notes.txt", "not json")]);

        Assert.Empty(run.Result.Diagnostics);
        Assert.Empty(run.Result.GeneratedSources);
    }

    [Theory]
    [InlineData("/repo/maps/x/metadata/account.json", true)]
    [InlineData(@"C:\repo\maps\x\Metadata\account.JSON", true)]
    [InlineData("metadata/account.json", true)]
    [InlineData("/repo/maps/x/mymetadata/account.json", false)]
    [InlineData("/repo/metadata/sub/account.json", false)]
    [InlineData("/repo/metadata/account.json.bak", false)]
    [InlineData("account.json", false)]
    public void Metadata_files_are_json_files_directly_in_a_metadata_folder(string path, bool expected) =>
        Assert.Equal(expected, EntityGenerator.IsMetadataFile(path));
}
