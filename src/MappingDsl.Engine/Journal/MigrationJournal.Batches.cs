namespace MappingDsl.Engine.Journal;

public sealed partial class MigrationJournal
{
    // The one transaction after a batch lands: id map, rollback records, quarantine, flags, inventory, second-pass
    // lookups and the checkpoint move together.
    internal void Commit(BatchCommit batch)
    {
        InTransaction(() =>
        {
            var idmap = Statement("INSERT INTO idmap(pair, source_key, tbl, entity_set, id, run) VALUES($pair,$key,$tbl,$set,$id,$run) ON CONFLICT(pair, source_key) DO UPDATE SET tbl=$tbl, entity_set=$set, id=$id",
                "$pair", "$key", "$tbl", "$set", "$id", "$run");
            foreach (var (key, record) in batch.IdMap)
                Exec(idmap, batch.Pair, key, record.Table, record.EntitySet, record.Id.ToString(), batch.Run);
            // Activity parties found by email (m.PartyByEmail) look records up here; the first record with an address keeps it.
            var emails = Statement("INSERT INTO party_emails(pair, email, tbl, entity_set, id) VALUES($pair,$email,$tbl,$set,$id) ON CONFLICT(pair, email) DO NOTHING",
                "$pair", "$email", "$tbl", "$set", "$id");
            foreach (var (email, record) in batch.Emails)
                Exec(emails, batch.Pair, email, record.Table, record.EntitySet, record.Id.ToString());
            // A replayed batch finds the records it already wrote: the first change row per record is the true prior.
            var change = Statement("INSERT OR IGNORE INTO changes(run, phase, pair, source_key, tbl, entity_set, id, kind, prior) VALUES($run,$phase,$pair,$key,$tbl,$set,$id,$kind,$prior)",
                "$run", "$phase", "$pair", "$key", "$tbl", "$set", "$id", "$kind", "$prior");
            foreach (var (key, record, created, prior) in batch.Changes)
                Exec(change, batch.Run, batch.Phase, batch.Pair, key, record.Table, record.EntitySet, record.Id.ToString(), created ? "created" : "updated", prior);
            var quarantine = Statement("INSERT INTO quarantine(run, phase, pair, source_key, stage, reason) VALUES($run,$phase,$pair,$key,$stage,$reason)",
                "$run", "$phase", "$pair", "$key", "$stage", "$reason");
            foreach (var (key, stage, reason) in batch.Quarantine)
                Exec(quarantine, batch.Run, batch.Phase, batch.Pair, key, stage, reason);
            var flag = Statement("INSERT INTO flags(run, pair, source_key, flag) VALUES($run,$pair,$key,$flag)", "$run", "$pair", "$key", "$flag");
            foreach (var (key, text) in batch.Flags)
                Exec(flag, batch.Run, batch.Pair, key, text);
            var inventory = Statement("INSERT INTO inventory(run, pair, source_key, cells) VALUES($run,$pair,$key,$cells)", "$run", "$pair", "$key", "$cells");
            foreach (var (key, cells) in batch.Inventory)
                Exec(inventory, batch.Run, batch.Pair, key, cells);
            var deferred = Statement("INSERT INTO deferred(run, phase, pair, source_key, tbl, entity_set, id, ref_pair, ref_key, targets, lookup) VALUES($run,$phase,$pair,$key,$tbl,$set,$id,$refpair,$refkey,$targets,$lookup)",
                "$run", "$phase", "$pair", "$key", "$tbl", "$set", "$id", "$refpair", "$refkey", "$targets", "$lookup");
            foreach (var (key, record, lookup) in batch.Deferred)
            {
                var targets = string.Join(";", lookup.Column.Targets.Select(t => t.Table + "=" + t.NavigationProperty));
                Exec(deferred, batch.Run, batch.Phase, batch.Pair, key, record.Table, record.EntitySet, record.Id.ToString(),
                    lookup.Reference.Pair, lookup.Reference.Key, targets, lookup.Column.LogicalName);
            }
            var pending = Statement("DELETE FROM pending WHERE run=$run AND tbl=$tbl AND source_key=$key", "$run", "$tbl", "$key");
            foreach (var (table, key) in batch.PendingDone)
                Exec(pending, batch.Run, table, key);
            CommitFidelity(batch);
            var progress = Statement(
                "UPDATE progress SET position=MAX(position, $position), loaded=loaded+$loaded, rejected=rejected+$rejected, skipped=skipped+$skipped, inventoried=inventoried+$inventoried, watermark=CASE WHEN $mark IS NULL THEN watermark WHEN watermark IS NULL OR watermark < $mark THEN $mark ELSE watermark END WHERE run=$run AND pair=$pair",
                "$run", "$pair", "$position", "$loaded", "$rejected", "$skipped", "$inventoried", "$mark");
            Exec(progress, batch.Run, batch.Pair, batch.Position, batch.Loaded, batch.Rejected, batch.Skipped, batch.Inventoried, batch.Watermark is { } mark ? Text(mark) : null);
        });
    }

    // Second-pass lookups still to write for a phase, a page at a time so memory stays flat.
    internal IReadOnlyList<DeferredEntry> Deferred(string run, int phase, long afterSeq, int limit)
    {
        var result = new List<DeferredEntry>();
        using var command = Command(
            "SELECT seq, pair, source_key, tbl, entity_set, id, ref_pair, ref_key, targets, lookup FROM deferred WHERE run=$run AND phase=$phase AND seq>$after ORDER BY seq LIMIT $limit",
            ("$run", run), ("$phase", phase), ("$after", afterSeq), ("$limit", limit));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var targets = reader.GetString(8).Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Select(t => t.Split('=', 2))
                .Select(t => new LookupTarget(t[0], t[1]))
                .ToArray();
            result.Add(new DeferredEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                new RecordId(reader.GetString(3), reader.GetString(4), Guid.Parse(reader.GetString(5))),
                reader.GetString(6), reader.GetString(7), new LookupColumn(reader.GetString(9), targets)));
        }
        return result;
    }

    // A written (or quarantined) second-pass lookup leaves the queue together with its quarantine row.
    internal void CompleteDeferred(string run, int phase, DeferredEntry entry, string? failure)
    {
        InTransaction(() =>
        {
            Execute("DELETE FROM deferred WHERE seq=$seq", ("$seq", entry.Seq));
            if (failure is not null)
            {
                Execute("INSERT INTO quarantine(run, phase, pair, source_key, stage, reason) VALUES($run,$phase,$pair,$key,'deferred',$reason)",
                    ("$run", run), ("$phase", phase), ("$pair", entry.Pair), ("$key", entry.SourceKey), ("$reason", failure));
            }
        });
    }
}
