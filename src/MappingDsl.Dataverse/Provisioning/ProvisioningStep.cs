namespace MappingDsl.Dataverse.Provisioning;

/// <summary>What a provisioning step does.</summary>
public enum ProvisioningStepKind
{
    /// <summary>Create a global choice.</summary>
    CreateChoice,
    /// <summary>Add an option to an existing choice.</summary>
    InsertOption,
    /// <summary>Create a custom table with its primary name column.</summary>
    CreateTable,
    /// <summary>Create a column.</summary>
    CreateColumn,
    /// <summary>Create an alternate key.</summary>
    CreateKey,
    /// <summary>Wait for an alternate key that exists but is not Active yet.</summary>
    WaitForKey,
}

/// <summary>One change the org needs.</summary>
/// <param name="Kind">What it does.</param>
/// <param name="Table">The table it touches, or empty for a global choice.</param>
/// <param name="Name">The table, column, choice or key it creates.</param>
/// <param name="Description">One line for the plan.</param>
public sealed record ProvisioningStep(ProvisioningStepKind Kind, string Table, string Name, string Description)
{
    internal object? Payload { get; init; }
}
