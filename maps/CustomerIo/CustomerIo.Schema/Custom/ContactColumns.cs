namespace MappingDsl.Entities;

/// <summary>Contacts carry the Customer.io person columns of <see cref="CustomerIoPerson"/>.</summary>
public partial class Contact : CustomerIoPerson, IPersonColumns;
