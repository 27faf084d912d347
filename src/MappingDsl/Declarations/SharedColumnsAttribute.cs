namespace MappingDsl;

/// <summary>
/// Marks a static method of a map pack as a set of column assignments said once and used by several records: the
/// lead and contact branches of a split, or several pairs writing tables that share columns. A pair (or a split branch)
/// uses it by wrapping its object creation: <c>PersonColumns(new Lead { … }, s, m)</c>. The generator reads the set as
/// if its assignments stood in that initializer (required columns, lengths, lookups, lossy markers, unmapped source
/// members, customer docs), and the method runs as written when the pair runs.
/// </summary>
/// <remarks>
/// The method takes the record first, then the pair's source (its type or a base type of it), then optionally the
/// <see cref="MapContext"/>; its body is <c>t.Column = value;</c> statements and <c>return t;</c>. To serve several
/// tables, make it generic over an interface (or base class) that declares the shared columns and that each table's
/// schema partial implements; IntelliSense and the compiler then check every assignment. A column the initializer also
/// sets is MDSL061. See docs/dsl.md, "Saying shared columns once".
/// </remarks>
/// <example>
/// <code>
/// [SharedColumns]
/// static T PersonColumns&lt;T&gt;(T t, AcmePerson s, MapContext m) where T : IAcmePerson
/// {
///     t.FirstName = s.FirstName;
///     t.EMailAddress1 = s.Email;
///     t.OwnerId = m.Owner(s.Owner?.Email);
///     return t;
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class SharedColumnsAttribute : Attribute;
