namespace MappingDsl;

/// <summary>Dataverse column types, named as <c>AttributeType</c> in the Web API's metadata.</summary>
public enum ColumnType
{
    /// <summary>Single line of text (<c>StringAttributeMetadata</c>).</summary>
    String,
    /// <summary>Multiple lines of text (<c>MemoAttributeMetadata</c>).</summary>
    Memo,
    /// <summary>Whole number (<c>IntegerAttributeMetadata</c>).</summary>
    Integer,
    /// <summary>Big integer (<c>BigIntAttributeMetadata</c>).</summary>
    BigInt,
    /// <summary>Decimal number (<c>DecimalAttributeMetadata</c>).</summary>
    Decimal,
    /// <summary>Floating point number (<c>DoubleAttributeMetadata</c>).</summary>
    Double,
    /// <summary>Currency (<c>MoneyAttributeMetadata</c>).</summary>
    Money,
    /// <summary>Date and time (<c>DateTimeAttributeMetadata</c>, format DateAndTime).</summary>
    DateTime,
    /// <summary>Date only (<c>DateTimeAttributeMetadata</c>, format DateOnly).</summary>
    DateOnly,
    /// <summary>Yes/No (<c>BooleanAttributeMetadata</c>).</summary>
    Boolean,
    /// <summary>Choice (<c>PicklistAttributeMetadata</c>).</summary>
    Picklist,
    /// <summary>Choices (<c>MultiSelectPicklistAttributeMetadata</c>).</summary>
    MultiSelectPicklist,
    /// <summary>Status (<c>StateAttributeMetadata</c>); set after create, never on it.</summary>
    State,
    /// <summary>Status reason (<c>StatusAttributeMetadata</c>).</summary>
    Status,
    /// <summary>Lookup to one or more tables (<c>Lookup</c> and <c>Customer</c>).</summary>
    Lookup,
    /// <summary>Owner (systemuser or team).</summary>
    Owner,
    /// <summary>Activity party list (to, from, attendees).</summary>
    PartyList,
    /// <summary>Unique identifier.</summary>
    Uniqueidentifier,
    /// <summary>Table name (for example <c>objecttypecode</c>).</summary>
    EntityName,
}
