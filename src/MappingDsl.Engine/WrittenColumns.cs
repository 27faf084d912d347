using System.Text.Json;

namespace MappingDsl.Engine;

// The plain columns a set of record bodies write: what a read-back needs to select. Bindings (`x@odata.bind`) and
// activity-party arrays have no column of that name to select.
internal static class WrittenColumns
{
    public static IReadOnlyCollection<string> Of(IEnumerable<ReadOnlyMemory<byte>> bodies)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var body in bodies)
        {
            var reader = new Utf8JsonReader(body.Span);
            var depth = 0;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        depth++;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        depth--;
                        break;
                    case JsonTokenType.PropertyName when depth == 1:
                        var name = reader.GetString()!;
                        if (!name.Contains('@', StringComparison.Ordinal) && !name.EndsWith("_activity_parties", StringComparison.Ordinal))
                            columns.Add(name);
                        break;
                }
            }
        }
        return columns;
    }
}
