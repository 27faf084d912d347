namespace MappingDsl.Entities;

/// <summary>
/// The Wetroo pipeline a deal belongs to. Dataverse has no Record Type: a choice column on the opportunity stands in for
/// it (a business process flow per value can be added on top).
/// </summary>
public enum WtDealPipeline
{
    /// <summary>WhatsApp Inbound.</summary>
    WhatsAppInbound = 100000000,
    /// <summary>Distributor Deals.</summary>
    DistributorDeals = 100000001,
    /// <summary>Renewals.</summary>
    Renewals = 100000002,
}

/// <summary>Wetroo preferred language (contact custom picklist).</summary>
public enum WtLanguage
{
    /// <summary>English.</summary>
    English = 100000000,
    /// <summary>Hindi.</summary>
    Hindi = 100000001,
    /// <summary>Tamil.</summary>
    Tamil = 100000002,
    /// <summary>Marathi.</summary>
    Marathi = 100000003,
}

/// <summary>Wetroo city tier (contact custom picklist).</summary>
public enum WtCityTier
{
    /// <summary>Tier 1.</summary>
    Tier1 = 100000000,
    /// <summary>Tier 2.</summary>
    Tier2 = 100000001,
    /// <summary>Tier 3.</summary>
    Tier3 = 100000002,
}

/// <summary>Wetroo product interest (lead custom picklist).</summary>
public enum WtProductInterest
{
    /// <summary>Starter.</summary>
    Starter = 100000000,
    /// <summary>Growth.</summary>
    Growth = 100000001,
    /// <summary>Enterprise.</summary>
    Enterprise = 100000002,
}

/// <summary>Wetroo payment terms (deal custom picklist).</summary>
public enum WtPaymentTerms
{
    /// <summary>Advance.</summary>
    Advance = 100000000,
    /// <summary>Net 15.</summary>
    Net15 = 100000001,
    /// <summary>Net 30.</summary>
    Net30 = 100000002,
}
