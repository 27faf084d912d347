namespace MappingDsl.Tests;

public sealed class SourceIdTextTests
{
    [Theory]
    [InlineData("12345", "12345")]
    [InlineData("ann@contoso.example", "ann@contoso.example")]
    [InlineData("ann+news@contoso.example", "ann~2Bnews@contoso.example")]
    [InlineData("list:1001", "list~3A1001")]
    [InlineData("products/sku-009", "products~2Fsku-009")]
    [InlineData("a~3A", "a~7E3A")]
    public void Keys_with_characters_key_addressing_refuses_are_escaped_and_come_back_unchanged(string key, string stored)
    {
        Assert.Equal(stored, SourceIdText.Encode(key));
        Assert.Equal(key, SourceIdText.Decode(stored));
        Assert.DoesNotContain(SourceIdText.Encode(key), c => "/<>*%&:\\?+".Contains(c, StringComparison.Ordinal));
    }
}
