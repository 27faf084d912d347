using System.Globalization;
using System.Text.Json;

namespace MappingDsl.Emulators.Salesmate.Data;

/// <summary>Writes record <c>i</c> of an API module, malformed when the dataset says so.</summary>
internal static class RecordRenderer
{
    public static void Write(Utf8JsonWriter w, EmulatorDataset d, string module, int index)
    {
        if (d.IsMalformed(module, index))
        {
            WriteMalformed(w, d, module, index);
            return;
        }

        switch (module)
        {
            case "company":
                CompanyRecord.Write(w, d, index);
                break;
            case "contact":
                ContactRecord.Write(w, d, index);
                break;
            case "deal":
                DealRecord.Write(w, d, index);
                break;
            case "activity":
                ActivityRecord.Write(w, d, index);
                break;
            case "email":
                EmailRecord.Write(w, d, index);
                break;
            case "note":
                NoteRecord.Write(w, d, index);
                break;
            case "teamInboxThread":
                TeamInboxRecords.WriteThread(w, d, index);
                break;
            case "teamInboxMessage":
                TeamInboxRecords.WriteMessage(w, d, index);
                break;
            case "smartFlowMembership":
                SmartFlowMembershipRecord.Write(w, d, index);
                break;
            default:
                throw new ArgumentException($"unknown module '{module}'", nameof(module));
        }
    }

    private static void WriteMalformed(Utf8JsonWriter w, EmulatorDataset d, string module, int index)
    {
        var modified = RecordJson.Timestamp(d.ModifiedAt(module, index));
        var type = module == "activity" ? $",\"type\":\"{EmulatorDataset.ActivityTypeOf(index)}\"" : string.Empty;
        var raw = index % 2 == 0
            // Brackets and quotes balance, so a tolerant reader can still find where the row ends.
            ? string.Create(CultureInfo.InvariantCulture, $"{{\"id\":{index + 1}{type},\"name\":broken value {index + 1},\"lastModifiedAt\":\"{modified}\"}}")
            : string.Create(CultureInfo.InvariantCulture, $"{{\"id\":\"{index + 1}-x\"{type},\"name\":\"wrong id type\",\"lastModifiedAt\":\"{modified}\"}}");
        w.WriteRawValue(raw, skipInputValidation: true);
    }
}
