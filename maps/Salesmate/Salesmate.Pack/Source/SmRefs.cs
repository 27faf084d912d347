namespace MappingDsl.Maps.Salesmate.Source;

/// <summary>A Salesmate user as records reference it (owner, created by, responder).</summary>
/// <param name="Id">The user's id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Email">Email; owners resolve to Dynamics 365 users by it.</param>
public sealed record SmUserRef(long Id, string? Name, string? Email);

/// <summary>A contact as other records reference it.</summary>
/// <param name="Id">The contact's id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Email">Email.</param>
public sealed record SmContactRef(long Id, string? Name, string? Email);

/// <summary>A company as other records reference it.</summary>
/// <param name="Id">The company's id.</param>
/// <param name="Name">Name.</param>
public sealed record SmCompanyRef(long Id, string? Name);

/// <summary>A deal as other records reference it.</summary>
/// <param name="Id">The deal's id.</param>
/// <param name="Title">Title.</param>
public sealed record SmDealRef(long Id, string? Title);

/// <summary>An email address with an optional name (email recipients).</summary>
/// <param name="Email">The address.</param>
/// <param name="Name">The display name.</param>
public sealed record SmAddress(string Email, string? Name);

/// <summary>The record a note is attached to.</summary>
/// <param name="Module">contact, company or deal.</param>
/// <param name="Id">The record's id.</param>
public sealed record SmRelatedTo(string Module, long Id);
