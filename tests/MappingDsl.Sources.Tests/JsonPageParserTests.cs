using System.Text;

namespace MappingDsl.Sources.Tests;

public class JsonPageParserTests
{
    private static JsonPage Parse(string json) => JsonPageParser.Parse(Encoding.UTF8.GetBytes(json));

    private static string[] Rows(JsonPage page) => [.. page.Rows.Select(r => Encoding.UTF8.GetString(r.Span))];

    [Fact]
    public void Search_envelope_yields_each_row_as_its_raw_slice_and_the_total()
    {
        var page = Parse("""{"Status":"success","Data":{"data":[{"id":1,"n":"a"}, {"id":2,"n":[1,{"x":"]"}]}],"totalRows":7,"totalPages":4}}""");

        Assert.Equal(["""{"id":1,"n":"a"}""", """{"id":2,"n":[1,{"x":"]"}]}"""], Rows(page));
        Assert.Equal(7, page.TotalRows);
        Assert.False(page.IsFailure);
        Assert.Null(page.Malformed);
    }

    [Fact]
    public void Array_data_envelope_and_bare_array_and_records_shape_are_read()
    {
        Assert.Equal(["""{"tag":"vip"}"""], Rows(Parse("""{"Status":"success","Data":[{"tag":"vip"}]}""")));
        Assert.Equal(["1", "{\"id\":2}"], Rows(Parse("""[1, {"id":2}]""")));
        var records = Parse("""{"records":[{"id":3}],"total":1,"from":0,"rows":250}""");
        Assert.Equal(["""{"id":3}"""], Rows(records));
        Assert.Equal(1, records.TotalRows);
    }

    [Theory]
    [InlineData("""{"Status":"failure","Error":{"name":"AuthorizationFailed","message":"bad token"}}""")]
    [InlineData("""{"Status":"failure","Error":{"Code":403,"Name":"AuthorizationFailed","Message":"bad token"}}""")]
    [InlineData("""{"status":"failure","error":{"NAME":"AuthorizationFailed","message":"bad token"}}""")]
    public void Failure_envelope_is_read_in_every_casing(string json)
    {
        var page = Parse(json);

        Assert.True(page.IsFailure);
        Assert.Equal("AuthorizationFailed", page.ErrorName);
        Assert.Equal("bad token", page.ErrorMessage);
    }

    [Fact]
    public void A_row_with_broken_json_does_not_take_its_neighbours_down()
    {
        var page = Parse("""{"Status":"success","Data":{"data":[{"id":1},{"id":2,"name":broken, "s":"a,}]"},{"id":3}],"totalRows":3}}""");

        Assert.Null(page.Malformed);
        Assert.Equal(["""{"id":1}""", """{"id":2,"name":broken, "s":"a,}]"}""", """{"id":3}"""], Rows(page));
    }

    [Fact]
    public void A_page_with_no_row_array_is_reported_malformed()
    {
        Assert.NotNull(Parse("<html>502 Bad Gateway</html>").Malformed);
        Assert.NotNull(Parse("""{"hello":"world"}""").Malformed);
    }
}
