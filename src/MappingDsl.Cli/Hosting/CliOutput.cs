using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace MappingDsl.Cli.Hosting;

/// <summary>Where a command writes: Spectre tables for people, or one JSON document with <c>--json</c>.</summary>
internal sealed class CliOutput
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public CliOutput(TextWriter output, TextWriter error, bool interactive)
    {
        Out = output;
        Error = error;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        Console.Profile.Width = Width(interactive);
        Interactive = interactive;
    }

    /// <summary>Width when output goes to a file or a pipe: wide enough that no cell folds; tables keep their natural width.</summary>
    public const int RedirectedWidth = 512;

    /// <summary>
    /// On a terminal its width (Spectre would otherwise assume 80 for a writer it did not open itself); redirected,
    /// <c>COLUMNS</c> when set, else <see cref="RedirectedWidth"/>, so a redirected <c>mapdsl demo</c> keeps whole
    /// words in its cells instead of 5-letter pieces.
    /// </summary>
    internal static int Width(bool interactive)
    {
        if (interactive)
        {
            try
            {
                if (System.Console.WindowWidth is > 0 and var width)
                    return width;
            }
            catch (IOException)
            {
                // No console attached after all: fall through to the redirected width.
            }
        }
        return int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var columns) && columns > 0
            ? columns
            : RedirectedWidth;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Console { get; }

    /// <summary>True on a terminal: progress bars are drawn only then.</summary>
    public bool Interactive { get; }

    public void Json<T>(T value) => Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    public void Fail(string message) => Error.WriteLine("mapdsl: " + message);
}
