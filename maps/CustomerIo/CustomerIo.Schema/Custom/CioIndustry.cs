namespace MappingDsl.Entities;

/// <summary>The industry trait's options (the choice discovery's values call for: more than 10 distinct).</summary>
public enum CioIndustry
{
    /// <summary>Retail.</summary>
    Retail = 100000000,
    /// <summary>Banking.</summary>
    Banking = 100000001,
    /// <summary>Healthcare.</summary>
    Healthcare = 100000002,
    /// <summary>Education.</summary>
    Education = 100000003,
    /// <summary>Logistics.</summary>
    Logistics = 100000004,
    /// <summary>Media.</summary>
    Media = 100000005,
    /// <summary>Energy.</summary>
    Energy = 100000006,
    /// <summary>Travel.</summary>
    Travel = 100000007,
    /// <summary>Insurance.</summary>
    Insurance = 100000008,
    /// <summary>Gaming.</summary>
    Gaming = 100000009,
    /// <summary>Telecom.</summary>
    Telecom = 100000010,
    /// <summary>Agriculture.</summary>
    Agriculture = 100000011,
}
