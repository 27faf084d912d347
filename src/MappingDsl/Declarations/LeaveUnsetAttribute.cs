namespace MappingDsl;

/// <summary>
/// Declares that a pair deliberately leaves a required target column unset because Dataverse fills it (for example
/// <c>transactioncurrencyid</c>, which defaults to the organization's base currency), so MDSL001 does not report it.
/// The reason is printed in the customer docs.
/// </summary>
/// <example><c>[LeaveUnset(nameof(Opportunity.TransactionCurrencyId), Reason = "Dataverse uses the base currency")]</c></example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class LeaveUnsetAttribute : Attribute
{
    /// <summary>Creates the declaration.</summary>
    /// <param name="property">The target entity property's name.</param>
    public LeaveUnsetAttribute(string property) => Property = property;

    /// <summary>The target entity property's name.</summary>
    public string Property { get; }

    /// <summary>Why it is left to Dataverse.</summary>
    public string Reason { get; set; } = "";
}
