using MappingDsl.Maps.Wetroo.Source;

namespace MappingDsl.Maps.Wetroo;

/// <summary>
/// Wetroo → Dynamics 365 Sales: every object row of the Wetroo migration scope. Contacts load first, then leads (which
/// may point at their contact), then deals as opportunities (contact lookup by the Wetroo id). Pipelines, stages, custom
/// field definitions, owners, teams and automation playbooks are inventoried for the customer's admin. WhatsApp
/// conversation transcripts are not in Wetroo's API or exports and cannot migrate.
/// </summary>
[MapPack("wetroo", Publisher = "wt", Source = "Wetroo", Version = "1.0.0", JsonContext = typeof(WetrooJson))]
public static partial class WetrooPack;
