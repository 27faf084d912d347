namespace MappingDsl.Sources.CustomerIo;

/// <summary>Customer.io's data centers: "The only difference in our US and EU regions is the subdomain" (source-apis.md §3.2).</summary>
public enum CustomerIoRegion
{
    /// <summary><c>https://api.customer.io/v1</c>.</summary>
    Us,

    /// <summary><c>https://api-eu.customer.io/v1</c>.</summary>
    Eu,
}
