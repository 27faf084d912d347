using MappingDsl.Generators.Json;

namespace MappingDsl.Generators.Tests.Entities;

public class JsonReaderTests
{
    [Fact]
    public void Reads_objects_arrays_strings_numbers_and_literals()
    {
        var root = JsonReader.Parse("""
            {"s": "a\"b\\c\/\n\u00e9\ud83d\ude00", "n": -12.5e+3, "i": 42, "t": true, "f": false, "z": null, "a": [1, [], {}]}
            """);

        Assert.Equal(JsonKind.Object, root.Kind);
        Assert.Equal("a\"b\\c/\né😀", root["s"]!.Text);
        Assert.Equal((JsonKind.Number, "-12.5e+3"), (root["n"]!.Kind, root["n"]!.Text));
        Assert.Null(root["n"]!.AsInt32());
        Assert.Equal(42, root["i"]!.AsInt32());
        Assert.Equal((JsonKind.True, JsonKind.False, JsonKind.Null), (root["t"]!.Kind, root["f"]!.Kind, root["z"]!.Kind));
        Assert.Equal([JsonKind.Number, JsonKind.Array, JsonKind.Object], root["a"]!.Items.Select(i => i.Kind));
        Assert.Null(root["missing"]);
        Assert.Equal(["s", "n", "i", "t", "f", "z", "a"], root.Members.Select(m => m.Key));
    }

    [Fact]
    public void Accepts_a_byte_order_mark_and_surrounding_whitespace() =>
        Assert.Equal(JsonKind.Array, JsonReader.Parse("\uFEFF \r\n\t[ ]\n").Kind);

    [Theory]
    [InlineData("{\"a\": 1,}", "Expected a member name in double quotes at line 1, column 9")]
    [InlineData("[1, 2,]", "Unexpected character ']', expected a value at line 1, column 7")]
    [InlineData("// note\n{}", "Unexpected character '/', expected a value at line 1, column 1")]
    [InlineData("{'a': 1}", "Expected a member name in double quotes at line 1, column 2")]
    [InlineData("{\"a\": 1, \"a\": 2}", "Duplicate member name 'a' at line 1, column 10")]
    [InlineData("[01]", "Leading zeros are not allowed in numbers at line 1, column 3")]
    [InlineData("[1.]", "Expected a digit after the decimal point at line 1, column 4")]
    [InlineData("[-]", "Expected a digit at line 1, column 3")]
    [InlineData("[1e]", "Expected a digit in the exponent at line 1, column 4")]
    [InlineData("[NaN]", "Unexpected character 'N', expected a value at line 1, column 2")]
    [InlineData("[tru]", "Invalid literal, expected 'true' at line 1, column 2")]
    [InlineData("[\"a\tb\"]", "Unescaped control character in a string at line 1, column 4")]
    [InlineData("[\"\\x\"]", "Invalid escape '\\x' at line 1, column 4")]
    [InlineData("[\"\\u12G4\"]", "Invalid hex digit in \\u escape at line 1, column 7")]
    [InlineData("[\"\\ud83d\"]", "High surrogate escape without its low half at line 1, column 9")]
    [InlineData("[\"\\ude00\"]", "Lone low surrogate escape at line 1, column 9")]
    [InlineData("[\"abc", "Unterminated string at line 1, column 2")]
    [InlineData("{} {}", "Unexpected content after the JSON value at line 1, column 4")]
    [InlineData("{\n  \"a\" 1\n}", "Expected ':' at line 2, column 7")]
    [InlineData("[1 2]", "Expected ',' or ']' in an array at line 1, column 4")]
    [InlineData("{\"a\": [1", "Unexpected end of input: expected ',' or ']' in an array at line 1, column 9")]
    public void Rejects_what_RFC_8259_does_not_allow_and_says_where(string json, string message)
    {
        var error = Assert.Throws<JsonSyntaxException>(() => JsonReader.Parse(json));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Refuses_nesting_deeper_than_64_levels_instead_of_overflowing_the_stack()
    {
        Assert.Equal(JsonKind.Array, JsonReader.Parse(new string('[', 64) + new string(']', 64)).Kind);

        var error = Assert.Throws<JsonSyntaxException>(() => JsonReader.Parse(new string('[', 100_000)));

        Assert.StartsWith("Nesting deeper than 64 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Observes_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => JsonReader.Parse("[[1]]", cancelled.Token));
    }
}
