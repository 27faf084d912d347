using MappingDsl.Maps.CustomerIo.Source;

namespace MappingDsl.Maps.CustomerIo;

/// <summary>
/// Customer.io → Dynamics 365 Sales: every object row of the Customer.io scope. Companies load first as accounts;
/// people split into contacts (valid email and more than <see cref="TraitThreshold"/> traits) and leads, with typed
/// traits; broadcasts become campaigns; custom objects become custom tables in dependency order; events and message
/// deliveries follow; segments, campaigns/journeys, transactional messages and traits are inventoried. Sales
/// Professional allows 15 custom tables: the edition is checked at compile time (MDSL011).
/// </summary>
[MapPack("customerio", Publisher = "cio", Source = "Customer.io", Version = "1.0.0", Edition = DataverseEdition.SalesProfessional, JsonContext = typeof(CustomerIoJson))]
public static partial class CustomerIoPack
{
    /// <summary>A person needs more than this many traits (besides a valid email) to become a contact (the scope's "more than two").</summary>
    public const int TraitThreshold = 2;

    /// <summary>
    /// The pack's setting for people who do not qualify as contacts: <see cref="NonContactPeople.Lead"/> (the default)
    /// makes them leads; <see cref="NonContactPeople.Review"/> makes them leads flagged for review, each with the reason
    /// in the lead's qualification comments and in the run report's review flags. Either way every person loads, so
    /// reconciliation counts them all. Change the default here, or set it before a run when hosting the engine.
    /// </summary>
    public static NonContactPeople PeopleWhoAreNotContacts { get; set; } = NonContactPeople.Lead;
}

/// <summary>What becomes of a Customer.io person who does not qualify as a contact (<see cref="CustomerIoPack.PeopleWhoAreNotContacts"/>).</summary>
public enum NonContactPeople
{
    /// <summary>A lead, like every other prospect.</summary>
    Lead,

    /// <summary>A lead flagged for review: it loads, and the run report lists it with the reason.</summary>
    Review,
}
