namespace MappingDsl;

/// <summary>
/// Declares that a whole pair loses information on purpose (for example pipelines collapsing into one sales process).
/// The reason is mandatory and is printed in the customer docs beside the pair.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class LossyAttribute : Attribute
{
    /// <summary>Creates the flag.</summary>
    /// <param name="reason">What is lost and why that is acceptable.</param>
    public LossyAttribute(string reason) => Reason = reason;

    /// <summary>What is lost and why that is acceptable.</summary>
    public string Reason { get; }
}
