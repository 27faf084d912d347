using System.Text.Json;
using MappingDsl.Sources.Events;

namespace MappingDsl.Sources.Iterable;

/// <summary>
/// Splits a purchase row into one record per <c>shoppingCartItems</c> element (the opportunity's product lines),
/// each carrying its order's id, its position and the purchase's person and time. The export layout of purchase
/// items is UNCONFIRMED (source-apis.md §2.5); the emulator and docs/sources/iterable.md define it.
/// </summary>
internal static class PurchaseItems
{
    public static IEnumerable<SourceRecord> Split(SourceRecord purchase, IReadOnlyDictionary<string, string> catalogOf)
    {
        using var document = JsonDocument.Parse(purchase.Json);
        var root = document.RootElement;
        var orderId = purchase.Id!;
        var items = root.GetProperty("shoppingCartItems");
        var index = 0;
        var records = new List<SourceRecord>();
        foreach (var item in items.EnumerateArray())
        {
            index++;
            var key = $"{orderId}#{index}";
            if (item.ValueKind != JsonValueKind.Object)
            {
                records.Add(new SourceRecord(IterableModules.PurchaseItem, key, purchase.ModifiedAt, purchase.Json, $"purchase item {index} is not an object"));
                continue;
            }

            var json = JsonObjectAppender.Append(JsonSerializer.SerializeToUtf8Bytes(item), w =>
            {
                w.WriteString("_key", key);
                w.WriteString("_orderId", orderId);
                w.WriteNumber("_line", index);
                var itemId = item.TryGetProperty("id", out var id) ? id.ToString() : null;
                if (itemId is not null && catalogOf.TryGetValue(itemId, out var catalog))
                {
                    w.WriteString("_catalog", catalog);
                }
                else
                {
                    w.WriteNull("_catalog");
                }
            });
            records.Add(new SourceRecord(IterableModules.PurchaseItem, key, purchase.ModifiedAt, json, null));
        }

        return records;
    }
}
