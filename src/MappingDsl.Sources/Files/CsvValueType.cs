namespace MappingDsl.Sources.Files;

/// <summary>The JSON type a CSV column's cells become, from the header's <c>:type</c> suffix.</summary>
public enum CsvValueType
{
    /// <summary>A JSON string (no suffix, or <c>:string</c>).</summary>
    String,

    /// <summary>A JSON number (<c>:number</c>).</summary>
    Number,

    /// <summary>A JSON true/false (<c>:boolean</c>).</summary>
    Boolean,

    /// <summary>The cell is raw JSON (<c>:json</c>), e.g. an array of attendees.</summary>
    Json,
}
