using System.Text.Json;
using MappingDsl.Maps.CustomerIo.Source;

namespace MappingDsl.Maps.CustomerIo.Tests;

/// <summary>The pack's source types read what the extractor writes, traits of every JSON type included.</summary>
public sealed class SourceTypesTests
{
    [Fact]
    public void A_person_reads_typed_traits_from_json_values_and_from_strings()
    {
        var person = JsonSerializer.Deserialize(
            """{"_key":"c1","_traitCount":3,"_validEmail":true,"attributes":{"vip":"true","score":"7","last_login":"1735689600","signed_up_at":"2025-01-02T00:00:00Z","interests":["a"],"custom":{"x":1}},"unsubscribed":false}""",
            CustomerIoJson.Default.CioPerson)!;

        Assert.True(person.Attributes!.Vip);
        Assert.Equal(7, person.Attributes.Score);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1735689600), person.Attributes.LastLogin);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 0, 0, 0, TimeSpan.Zero), person.Attributes.SignedUpAt);
        Assert.True(person.Attributes.Other!.ContainsKey("custom"));
    }
}
