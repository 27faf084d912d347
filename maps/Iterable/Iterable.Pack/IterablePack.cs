using MappingDsl.Maps.Iterable.Source;

namespace MappingDsl.Maps.Iterable;

/// <summary>
/// Iterable → Dynamics 365 Sales: every object row of the Iterable migration scope. Companies (organisation lists and
/// corporate email domains) load first; profiles, deduplicated by email, split into leads and contacts by lifecycle
/// stage; lists, campaigns, catalog items and purchases follow; custom events and the subscription history become
/// tasks regarding the person; journeys and templates are inventoried for the admin who rebuilds them.
/// </summary>
[MapPack("iterable", Publisher = "ib", Source = "Iterable", Version = "1.0.0", JsonContext = typeof(IterableJson))]
public static partial class IterablePack;
