using System.Collections.Concurrent;
using MappingDsl.Catalog;
using Scriban;
using Scriban.Runtime;

namespace MappingDsl.Docs;

/// <summary>
/// Renders a compiled pack's mapping tables, picklist matrices, load phases, custom schema and lossy flags as
/// Markdown for the customer to sign off. Everything comes from the catalog, so the docs cannot drift from the code.
/// </summary>
public static class CustomerDocs
{
    private static readonly ConcurrentDictionary<string, Template> Templates = new();

    /// <summary>Renders the pack's mapping document.</summary>
    /// <param name="catalog">The compiled pack.</param>
    /// <returns>The Markdown text.</returns>
    public static string RenderMapping(MapCatalog catalog) => Render("mapping.scriban", DocsModel.From(catalog));

    /// <summary>Writes the pack's documents into a folder, one file per document.</summary>
    /// <param name="catalog">The compiled pack.</param>
    /// <param name="directory">The folder; created when missing.</param>
    /// <returns>The paths written.</returns>
    public static IReadOnlyList<string> Write(MapCatalog catalog, string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{catalog.Name}-mapping.md");
        File.WriteAllText(path, RenderMapping(catalog));
        return [path];
    }

    private static string Render(string templateName, DocsModel model)
    {
        var template = Templates.GetOrAdd(templateName, Load);
        var globals = new ScriptObject();
        globals.Import(model, renamer: member => ToSnakeCase(member.Name));
        var context = new TemplateContext { MemberRenamer = member => ToSnakeCase(member.Name), StrictVariables = true };
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
