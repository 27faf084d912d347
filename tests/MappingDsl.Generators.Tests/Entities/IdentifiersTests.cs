using MappingDsl.Generators.Entities;

namespace MappingDsl.Generators.Tests.Entities;

public class IdentifiersTests
{
    [Theory]
    [InlineData("Preferred Customer", "PreferredCustomer")]
    [InlineData("Doctor's Offices and Clinics", "DoctorsOfficesAndClinics")]
    [InlineData("Agriculture and Non-petrol Natural Resource Extraction", "AgricultureAndNonPetrolNaturalResourceExtraction")]
    [InlineData("2% 10, Net 30", "_210Net30")]
    [InlineData("class", "Class")]
    [InlineData("Café crème", "CaféCrème")]
    [InlineData("—", "")]
    [InlineData("", "")]
    public void Labels_become_PascalCase_identifiers(string label, string expected) =>
        Assert.Equal(expected, Identifiers.FromLabel(label));

    [Theory]
    [InlineData("Address1_City", "Address1_City")]
    [InlineData("new_Region", "new_Region")]
    [InlineData("1st-Name", "_1st_Name")]
    public void Schema_names_become_identifiers(string schemaName, string expected) =>
        Assert.Equal(expected, Identifiers.FromSchemaName(schemaName));

    [Fact]
    public void Keywords_are_escaped_and_taken_names_get_a_suffix()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "Name" };

        Assert.Equal("@event", Identifiers.Escape("event"));
        Assert.Equal("Event", Identifiers.Escape("Event"));
        Assert.Equal("NameValue", Identifiers.Unique("Name", taken));
        Assert.Equal("NameValue2", Identifiers.Unique("Name", taken));
        Assert.Equal("Other", Identifiers.Unique("Other", taken));
    }
}
