namespace MappingDsl.Entities;

/// <summary>Iterable columns on contacts (user profiles split by lifecycle stage): the ones leads share.</summary>
public partial class Contact : IterablePerson, IPersonColumns;
