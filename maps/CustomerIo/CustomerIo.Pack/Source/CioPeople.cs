using System.Text.Json;
using System.Text.Json.Serialization;

namespace MappingDsl.Maps.CustomerIo.Source;

/// <summary>A person as the extractor hydrates it (<c>POST /v1/customers/attributes</c>) with its annotations.</summary>
public sealed class CioPerson
{
    /// <summary>The cio_id.</summary>
    [SourceKey, JsonPropertyName("_key")] public string? Key { get; init; }
    /// <summary>Non-reserved attributes with a value.</summary>
    [JsonPropertyName("_traitCount")] public int TraitCount { get; init; }
    /// <summary>Whether the email is a usable address.</summary>
    [JsonPropertyName("_validEmail")] public bool ValidEmail { get; init; }
    /// <summary>The company the person is related to (first one).</summary>
    [JsonPropertyName("_companyId")] public string? CompanyId { get; init; }
    /// <summary>The workspace id (null for anonymous people).</summary>
    public string? Id { get; init; }
    /// <summary>The attributes (traits and reserved ones).</summary>
    public CioAttributes? Attributes { get; init; }
    /// <summary>Identifiers (cio_id, email, id).</summary>
    public JsonElement? Identifiers { get; init; }
    /// <summary>Per attribute, when it was last set.</summary>
    public JsonElement? Timestamps { get; init; }
    /// <summary>Push devices.</summary>
    public JsonElement? Devices { get; init; }
    /// <summary>Globally unsubscribed.</summary>
    [JsonConverter(typeof(CioFlag))] public bool? Unsubscribed { get; init; }
}

/// <summary>A person's attributes: the reserved ones, the traits the pack types, and the rest.</summary>
public sealed class CioAttributes
{
    /// <summary>Email.</summary>
    public string? Email { get; init; }
    /// <summary>anonymous_id.</summary>
    public string? AnonymousId { get; init; }
    /// <summary>created_at (Unix seconds).</summary>
    [JsonConverter(typeof(CioTime))] public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>first_name.</summary>
    public string? FirstName { get; init; }
    /// <summary>last_name.</summary>
    public string? LastName { get; init; }
    /// <summary>plan.</summary>
    public string? Plan { get; init; }
    /// <summary>vip.</summary>
    [JsonConverter(typeof(CioFlag))] public bool? Vip { get; init; }
    /// <summary>score.</summary>
    public int? Score { get; init; }
    /// <summary>lifetime_value.</summary>
    public decimal? LifetimeValue { get; init; }
    /// <summary>signed_up_at (ISO 8601).</summary>
    [JsonConverter(typeof(CioTime))] public DateTimeOffset? SignedUpAt { get; init; }
    /// <summary>last_login (Unix seconds).</summary>
    [JsonConverter(typeof(CioTime))] public DateTimeOffset? LastLogin { get; init; }
    /// <summary>interests (an array).</summary>
    public JsonElement? Interests { get; init; }
    /// <summary>address (a nested object).</summary>
    public CioAddress? Address { get; init; }
    /// <summary>industry.</summary>
    public string? Industry { get; init; }
    /// <summary>nickname.</summary>
    public string? Nickname { get; init; }
    /// <summary>Every other attribute (cio_id, id and traits without a column).</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Other { get; set; }
}

/// <summary>A nested address trait.</summary>
public sealed class CioAddress
{
    /// <summary>City.</summary>
    public string? City { get; init; }
    /// <summary>Country.</summary>
    public string? Country { get; init; }
}

/// <summary>A company object (object type Companies).</summary>
public sealed class CioCompany : CioObjectRecord
{
    /// <summary>Attributes.</summary>
    public CioCompanyAttributes? Attributes { get; init; }
}

/// <summary>A company's attributes.</summary>
public sealed class CioCompanyAttributes
{
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>Domain.</summary>
    public string? Domain { get; init; }
    /// <summary>City.</summary>
    public string? City { get; init; }
    /// <summary>Country.</summary>
    public string? Country { get; init; }
    /// <summary>Employees.</summary>
    public int? Employees { get; init; }
}

/// <summary>One person attribute as the extractor inventories it.</summary>
public sealed class CioTrait
{
    /// <summary>Attribute name.</summary>
    [SourceKey, JsonPropertyName("_key")] public string? Key { get; init; }
    /// <summary>Attribute name.</summary>
    public string? Name { get; init; }
    /// <summary>Reserved (identity) attribute.</summary>
    public bool Reserved { get; init; }
    /// <summary>JSON kinds seen, joined with |.</summary>
    public string? Kinds { get; init; }
    /// <summary>People read.</summary>
    public long People { get; init; }
    /// <summary>People with a value.</summary>
    public long Filled { get; init; }
    /// <summary>Share of people without a value.</summary>
    public double NullRate { get; init; }
}
