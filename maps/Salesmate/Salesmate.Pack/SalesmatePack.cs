using MappingDsl.Maps.Salesmate.Source;

namespace MappingDsl.Maps.Salesmate;

/// <summary>
/// Salesmate → Dynamics 365 Sales: every object row of the Salesmate migration scope. Companies load first so
/// contacts and deals find their accounts; contacts split into leads and contacts by lifecycle stage; activities,
/// notes and Team Inbox messages follow the records they belong to; pipelines, owners, tags, custom fields and
/// Smart Flow memberships are inventoried for the customer's admin.
/// </summary>
[MapPack("salesmate", Publisher = "sm", Source = "Salesmate", Version = "1.0.0", JsonContext = typeof(SalesmateJson))]
public static partial class SalesmatePack;
