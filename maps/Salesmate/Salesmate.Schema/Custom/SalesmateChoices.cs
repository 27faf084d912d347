namespace MappingDsl.Entities;

/// <summary>Salesmate company tier (custom select field), as a Dataverse choice.</summary>
public enum SmTier
{
    /// <summary>Gold.</summary>
    Gold = 100000000,
    /// <summary>Silver.</summary>
    Silver = 100000001,
    /// <summary>Bronze.</summary>
    Bronze = 100000002,
}

/// <summary>Salesmate preferred channel (contact custom select field), as a Dataverse choice.</summary>
public enum SmPreferredChannel
{
    /// <summary>Email.</summary>
    Email = 100000000,
    /// <summary>Phone.</summary>
    Phone = 100000001,
    /// <summary>SMS.</summary>
    Sms = 100000002,
}

/// <summary>Salesmate interests (contact custom multi-select field), as Dataverse choices.</summary>
public enum SmInterest
{
    /// <summary>Webinars.</summary>
    Webinars = 100000000,
    /// <summary>Pricing.</summary>
    Pricing = 100000001,
    /// <summary>Integrations.</summary>
    Integrations = 100000002,
    /// <summary>Support.</summary>
    Support = 100000003,
}

/// <summary>
/// The Salesmate pipeline a deal belongs to. Dataverse has no Record Type: a choice column on the opportunity stands
/// in for it (a business process flow per value can be added on top).
/// </summary>
public enum SmDealPipeline
{
    /// <summary>Sales.</summary>
    Sales = 100000000,
    /// <summary>Partner.</summary>
    Partner = 100000001,
    /// <summary>Renewals.</summary>
    Renewals = 100000002,
}

/// <summary>Salesmate competitor (deal custom select field), as a Dataverse choice.</summary>
public enum SmCompetitor
{
    /// <summary>None.</summary>
    None = 100000000,
    /// <summary>Acme.</summary>
    Acme = 100000001,
    /// <summary>Globex.</summary>
    Globex = 100000002,
    /// <summary>Initech.</summary>
    Initech = 100000003,
}

/// <summary>Salesmate activity outcome category (activity custom select field), as a Dataverse choice.</summary>
public enum SmOutcomeCategory
{
    /// <summary>Positive.</summary>
    Positive = 100000000,
    /// <summary>Neutral.</summary>
    Neutral = 100000001,
    /// <summary>Negative.</summary>
    Negative = 100000002,
}
