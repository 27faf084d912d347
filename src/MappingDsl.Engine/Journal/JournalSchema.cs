namespace MappingDsl.Engine.Journal;

// One file per migration: everything needed to resume, report, run a delta and roll back. Never credentials.
internal static class JournalSchema
{
    public const string Sql = """
        CREATE TABLE IF NOT EXISTS runs(
            id TEXT PRIMARY KEY, pack TEXT NOT NULL, version TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,
            source TEXT NOT NULL, target TEXT NOT NULL, fallback TEXT, sample TEXT, started TEXT NOT NULL,
            finished TEXT, message TEXT, checked INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS progress(
            run TEXT NOT NULL, pair TEXT NOT NULL, phase INTEGER NOT NULL, position INTEGER NOT NULL DEFAULT 0,
            loaded INTEGER NOT NULL DEFAULT 0, rejected INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0,
            inventoried INTEGER NOT NULL DEFAULT 0, watermark TEXT, done INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY(run, pair));
        CREATE TABLE IF NOT EXISTS idmap(
            pair TEXT NOT NULL, source_key TEXT NOT NULL, tbl TEXT NOT NULL, entity_set TEXT NOT NULL, id TEXT NOT NULL,
            run TEXT NOT NULL, PRIMARY KEY(pair, source_key));
        CREATE INDEX IF NOT EXISTS idmap_tbl ON idmap(tbl);
        CREATE TABLE IF NOT EXISTS quarantine(
            run TEXT NOT NULL, phase INTEGER NOT NULL, pair TEXT NOT NULL, source_key TEXT, stage TEXT NOT NULL,
            reason TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS quarantine_run ON quarantine(run, pair);
        CREATE TABLE IF NOT EXISTS flags(run TEXT NOT NULL, pair TEXT NOT NULL, source_key TEXT NOT NULL, flag TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS inventory(run TEXT NOT NULL, pair TEXT NOT NULL, source_key TEXT NOT NULL, cells TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS party_emails(
            pair TEXT NOT NULL, email TEXT NOT NULL COLLATE NOCASE, tbl TEXT NOT NULL, entity_set TEXT NOT NULL, id TEXT NOT NULL,
            PRIMARY KEY(pair, email));
        CREATE TABLE IF NOT EXISTS owners(
            email TEXT PRIMARY KEY COLLATE NOCASE, status TEXT NOT NULL, user_id TEXT, full_name TEXT);
        CREATE TABLE IF NOT EXISTS owner_use(
            run TEXT NOT NULL, email TEXT NOT NULL COLLATE NOCASE, pair TEXT NOT NULL, records INTEGER NOT NULL,
            PRIMARY KEY(run, email, pair));
        CREATE TABLE IF NOT EXISTS findings(
            run TEXT NOT NULL, pair TEXT NOT NULL, source_key TEXT, kind TEXT NOT NULL, detail TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS quality(
            run TEXT NOT NULL, pair TEXT NOT NULL, records INTEGER NOT NULL, would_reject INTEGER NOT NULL,
            duplicates INTEGER NOT NULL, orphans INTEGER NOT NULL, missing_owners INTEGER NOT NULL, PRIMARY KEY(run, pair));
        CREATE TABLE IF NOT EXISTS changes(
            seq INTEGER PRIMARY KEY AUTOINCREMENT, run TEXT NOT NULL, phase INTEGER NOT NULL, pair TEXT NOT NULL,
            source_key TEXT NOT NULL, tbl TEXT NOT NULL, entity_set TEXT NOT NULL, id TEXT NOT NULL, kind TEXT NOT NULL,
            prior TEXT, undone INTEGER NOT NULL DEFAULT 0);
        CREATE UNIQUE INDEX IF NOT EXISTS changes_record ON changes(run, tbl, id);
        CREATE TABLE IF NOT EXISTS pending(
            run TEXT NOT NULL, tbl TEXT NOT NULL, source_key TEXT NOT NULL, PRIMARY KEY(run, tbl, source_key));
        CREATE TABLE IF NOT EXISTS deferred(
            seq INTEGER PRIMARY KEY AUTOINCREMENT, run TEXT NOT NULL, phase INTEGER NOT NULL, pair TEXT NOT NULL,
            source_key TEXT NOT NULL, tbl TEXT NOT NULL, entity_set TEXT NOT NULL, id TEXT NOT NULL,
            ref_pair TEXT NOT NULL, ref_key TEXT NOT NULL, targets TEXT NOT NULL, lookup TEXT NOT NULL);
        """;
}
