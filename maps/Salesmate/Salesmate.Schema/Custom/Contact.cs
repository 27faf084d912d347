namespace MappingDsl.Entities;

/// <summary>Salesmate columns on contacts (customers and evangelists): the ones leads share.</summary>
public partial class Contact : SalesmatePerson, IPersonColumns;
