using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using MappingDsl.Cli.Hosting;

namespace MappingDsl.Cli.Tests;

public sealed partial class ExitCodesTests
{
    private static readonly int[] Codes = [.. typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(int))
        .Select(f => (int)f.GetRawConstantValue()!)
        .Order()];

    [Fact]
    public void Every_exit_code_is_distinct_and_documented_in_the_cli_table_and_the_help_summary()
    {
        var cliDoc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "cli.md"));
        var table = cliDoc[cliDoc.IndexOf("## Exit codes", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n## ", StringComparison.Ordinal)];

        Assert.Equal(Codes.Distinct(), Codes);
        Assert.Equal(Codes, TableCode().Matches(table).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(Codes, SummaryCode().Matches(ExitCodes.Summary).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string RepositoryRoot([CallerFilePath] string caller = "")
    {
        var directory = Path.GetDirectoryName(caller)!;
        while (!File.Exists(Path.Combine(directory, "MappingDsl.sln")))
            directory = Path.GetDirectoryName(directory)!;
        return directory;
    }

    [GeneratedRegex(@"^\| (\d+) \|", RegexOptions.Multiline)]
    private static partial Regex TableCode();

    [GeneratedRegex(@"(\d+) [a-z]")]
    private static partial Regex SummaryCode();
}
