using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MappingDsl.Emulators.Salesmate.Data;

/// <summary>Generates note <c>i</c>, linked to a contact, company or deal, with its embedded images (<see cref="NoteFiles"/>).</summary>
internal static class NoteRecord
{
    public static void Write(Utf8JsonWriter w, EmulatorDataset d, int i)
    {
        const string m = "note";
        var r = d.Random;
        var parent = r.Pick("note-parent", i, (string[])["contact", "company", "deal"]);
        w.WriteStartObject();
        w.WriteNumber("id", i + 1);
        var images = NoteFiles.Count(r, i);
        var html = new StringBuilder(images == 0 ? $"<p>Note {i + 1}: discussed next steps.</p>" : $"<p>Whiteboard from visit {i + 1}</p>");
        for (var n = 1; n <= images; n++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<img src=\"{d.FileBaseUri}{NoteFiles.Path(i, n)}\"/>");
        }

        w.WriteString("note", html.ToString());
        w.WriteStartObject("relatedTo");
        w.WriteString("module", parent);
        w.WriteNumber("id", r.Int("note-parent-id", i, 0, d.Count(parent)) + 1);
        w.WriteEndObject();
        RecordJson.WriteUser(w, "createdBy", RecordJson.Owner(d, m, i));
        RecordJson.WriteTimestamp(w, "createdAt", d.CreatedAt(m, i));
        RecordJson.WriteTimestamp(w, "lastModifiedAt", d.ModifiedAt(m, i));
        w.WriteEndObject();
    }
}
