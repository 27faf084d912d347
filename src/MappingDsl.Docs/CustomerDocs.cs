using System.Collections.Concurrent;
using MappingDsl.Catalog;
using Scriban;
using Scriban.Runtime;

namespace MappingDsl.Docs;

/// <summary>
/// Renders a compiled pack's mapping tables, picklist matrices, load phases, custom schema and lossy flags for the
/// customer to sign off: as Markdown, and as one self-contained HTML page to read in a browser or print to PDF. Both
/// come from the same model of the catalog, so neither can drift from the code or from the other.
/// </summary>
public static class CustomerDocs
{
    private static readonly ConcurrentDictionary<string, Template> Templates = new();

    /// <summary>Renders the pack's mapping document as Markdown.</summary>
    /// <param name="catalog">The compiled pack.</param>
    /// <returns>The Markdown text.</returns>
    public static string RenderMapping(MapCatalog catalog) =>
        Render("mapping.scriban", DocsModel.From(catalog), EscapingContext.Markdown(), _ => { });

    /// <summary>
    /// Renders the pack's mapping document as one HTML page with its styles inline (screen and print), a table of
    /// contents and an anchor per object row, pair and matrix; it references nothing outside itself.
    /// </summary>
    /// <param name="catalog">The compiled pack.</param>
    /// <returns>The HTML text.</returns>
    public static string RenderMappingHtml(MapCatalog catalog) =>
        Render("mapping.html.scriban", DocsModel.From(catalog), EscapingContext.Html(), globals =>
            globals.Import("inline_code", new Func<string, HtmlFragment>(HtmlText.InlineCode)));

    /// <summary>Writes the pack's documents into a folder: <c>{pack}-mapping.md</c> and <c>{pack}-mapping.html</c>.</summary>
    /// <param name="catalog">The compiled pack.</param>
    /// <param name="directory">The folder; created when missing.</param>
    /// <returns>The paths written.</returns>
    public static IReadOnlyList<string> Write(MapCatalog catalog, string directory)
    {
        Directory.CreateDirectory(directory);
        var markdown = Path.Combine(directory, $"{catalog.Name}-mapping.md");
        File.WriteAllText(markdown, RenderMapping(catalog));
        var html = Path.Combine(directory, $"{catalog.Name}-mapping.html");
        File.WriteAllText(html, RenderMappingHtml(catalog));
        return [markdown, html];
    }

    private static string Render(string templateName, DocsModel model, TemplateContext context, Action<ScriptObject> addFunctions)
    {
        var template = Templates.GetOrAdd(templateName, Load);
        var globals = new ScriptObject();
        globals.Import(model, renamer: member => ToSnakeCase(member.Name));
        addFunctions(globals);
        context.MemberRenamer = member => ToSnakeCase(member.Name);
        context.StrictVariables = true;
        context.PushGlobal(globals);
        return template.Render(context);
    }

    private static Template Load(string name)
    {
        using var stream = typeof(CustomerDocs).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Template '{name}' is not embedded.");
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd(), name);
        if (template.HasErrors)
            throw new InvalidOperationException($"Template '{name}': {string.Join("; ", template.Messages)}");
        return template;
    }

    private static string ToSnakeCase(string name) => StandardMemberRenamer.Rename(name);
}
