using System.Text;

namespace MappingDsl.Engine.Reports;

/// <summary>RFC 4180 CSV writing: the reports open in a spreadsheet for the customer's admin.</summary>
public static class Csv
{
    /// <summary>Writes rows (the first being the header) to a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="rows">The rows.</param>
    public static void Write(string path, IEnumerable<IEnumerable<object?>> rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var row in rows)
            writer.Write(string.Join(",", row.Select(Escape)) + "\r\n");
    }

    /// <summary>Quotes a cell when it needs it.</summary>
    /// <param name="value">The cell.</param>
    public static string Escape(object? value)
    {
        var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
