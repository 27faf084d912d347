using System.Globalization;
using MappingDsl.Catalog;
using MappingDsl.Engine.Journal;
using MappingDsl.Engine.Reports;

namespace MappingDsl.Engine;

/// <summary>
/// Runs a compiled <see cref="MapCatalog"/>: data-quality pass and owner reconciliation first, then the phases in
/// the catalog's order (each closed by its second-pass lookups, a row-count reconciliation and a field-level spot
/// check), journaled so a crashed or cancelled run resumes, a delta moves only what changed, and a rollback undoes a
/// run.
/// </summary>
/// <param name="catalog">The pack.</param>
/// <param name="source">Where records come from.</param>
/// <param name="target">Where they go.</param>
/// <param name="journal">The migration's journal.</param>
public sealed class MigrationEngine(MapCatalog catalog, IMigrationSource source, IMigrationTarget target, MigrationJournal journal)
{
    private const string Migrate = "migrate";
    private const string Delta = "delta";
    private const string Check = "check";

    /// <summary>
    /// Migrates everything (or <see cref="MigrationOptions.Sample"/>), resuming the pack's unfinished run in this
    /// journal if there is one. With <see cref="MigrationOptions.DryRun"/> only the data-quality pass and owner
    /// reconciliation run.
    /// </summary>
    /// <param name="options">How.</param>
    /// <param name="cancellationToken">Stops the run at a batch boundary; it resumes on the next call.</param>
    public Task<RunReport> MigrateAsync(MigrationOptions options, CancellationToken cancellationToken) =>
        RunAsync(options.DryRun ? Check : Migrate, options, cancellationToken);

    /// <summary>Moves the records modified since the last completed run's watermarks (the cutover delta).</summary>
    /// <param name="options">How.</param>
    /// <param name="cancellationToken">Stops the run at a batch boundary.</param>
    /// <exception cref="MigrationConfigurationException">No run of the pack has completed in this journal.</exception>
    public Task<RunReport> DeltaAsync(MigrationOptions options, CancellationToken cancellationToken) =>
        RunAsync(Delta, options, cancellationToken);

    /// <summary>
    /// Recounts a run live: the target's records per table (paged by source-id key) against the journal's id map, the
    /// journal's outcomes from its own tables against the source's count, and, unless <paramref name="verify"/> is off,
    /// the loaded records field by field.
    /// </summary>
    /// <param name="runId">The run, or null for the newest migrate or delta run.</param>
    /// <param name="verify">How many records to read back and compare.</param>
    /// <param name="cancellationToken">Stops the check.</param>
    public async Task<RunReport> ReconcileAsync(string? runId, VerifySpec verify, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verify);
        var run = (runId is null
            ? journal.Runs().LastOrDefault(r => r.Pack.Equals(catalog.Name, StringComparison.OrdinalIgnoreCase) && r.Kind != Check)
            : journal.Run(runId)) ?? throw new MigrationConfigurationException("The journal has no run to reconcile.");
        var verification = new Dictionary<int, IReadOnlyList<VerificationReport>>();
        await new TargetCounter(catalog, target, journal).CountAsync(run.Id, catalog.Pairs, everyTable: true, cancellationToken).ConfigureAwait(false);
        if (verify.Enabled)
        {
            var since = SinceFor(run);
            var fallback = await OwnerReconciler.ResolveFallbackAsync(target, run.Fallback, cancellationToken).ConfigureAwait(false);
            using var resolver = new JournalLookupResolver(journal, journal.Owners(), fallback);
            var verifier = new FieldVerifier(catalog, source, target, resolver, journal);
            foreach (var phase in catalog.Phases)
                verification[phase.Number] = await VerifyPhaseAsync(verifier, run.Id, phase, verify, since, cancellationToken).ConfigureAwait(false);
        }
        var report = ReportBuilder.Build(catalog, journal, run.Id, verification);
        ReportWriter.Write(report, journal);
        return report;
    }

    /// <summary>
    /// Undoes a run: deletes what it created (last phase first) and restores the previous values of what it updated.
    /// Runs roll back newest first; a partly failed rollback can be re-run.
    /// </summary>
    /// <param name="journal">The migration's journal.</param>
    /// <param name="target">The org.</param>
    /// <param name="runId">The run, or null for the newest run not rolled back.</param>
    /// <param name="cancellationToken">Stops the rollback; what was undone stays recorded.</param>
    public static async Task<RollbackReport> RollbackAsync(MigrationJournal journal, IMigrationTarget target, string? runId, CancellationToken cancellationToken)
    {
        var live = journal.Runs().Where(r => r.Kind != Check && r.Status != RunStatus.RolledBack).ToList();
        var run = (runId is null ? live.LastOrDefault() : journal.Run(runId))
            ?? throw new MigrationConfigurationException(runId is null ? "The journal has no run to roll back." : $"The journal has no run '{runId}'.");
        if (run.Status == RunStatus.RolledBack)
            throw new MigrationConfigurationException($"Run {run.Id} is already rolled back.");
        var newer = live.SkipWhile(r => r.Id != run.Id).Skip(1).LastOrDefault();
        if (newer is not null)
            throw new MigrationConfigurationException($"Run {newer.Id} changed records after run {run.Id}; roll it back first.");
        long deleted = 0, restored = 0, gone = 0;
        var failures = new List<string>();
        foreach (var change in journal.Changes(run.Id))
        {
            try
            {
                if (change.Created)
                {
                    if (await target.DeleteAsync(change.Record, cancellationToken).ConfigureAwait(false))
                        deleted++;
                    else
                        gone++;
                }
                else
                {
                    await target.PatchAsync(change.Record, System.Text.Encoding.UTF8.GetBytes(change.Prior ?? "{}"), cancellationToken).ConfigureAwait(false);
                    restored++;
                }
                journal.Undo(change);
            }
            catch (MigrationTargetException exception)
            {
                failures.Add($"{change.Record.Table} {change.Record.Id:D} ({change.Pair} '{change.SourceKey}'): {exception.Message}");
            }
        }
        if (failures.Count == 0)
            journal.SetStatus(run.Id, RunStatus.RolledBack, $"rolled back: {deleted} deleted, {restored} restored");
        return new RollbackReport(run.Id, deleted, restored, gone, failures);
    }

    private async Task<RunReport> RunAsync(string kind, MigrationOptions options, CancellationToken cancellationToken)
    {
        if (journal.Runs().FirstOrDefault(r => !r.Pack.Equals(catalog.Name, StringComparison.OrdinalIgnoreCase)) is { } other)
            throw new MigrationConfigurationException($"This journal belongs to pack '{other.Pack}'; use one journal per pack and migration.");
        var run = kind == Check ? null : journal.Unfinished(catalog.Name, kind);
        if (run is null)
        {
            if (kind == Delta && journal.Watermarks(catalog.Name).Count == 0)
                throw new MigrationConfigurationException("No completed run of this pack in the journal: migrate before running a delta.");
            run = new RunInfo(NewRunId(), catalog.Name, catalog.Version, kind, RunStatus.Running, options.SourceAddress, options.TargetAddress,
                options.FallbackOwner, options.Sample?.ToString(), DateTimeOffset.UtcNow, null, null, false);
            journal.StartRun(run);
        }
        else
        {
            journal.SetStatus(run.Id, RunStatus.Running);
        }
        try
        {
            return await ExecuteAsync(run, options with { FallbackOwner = options.FallbackOwner ?? run.Fallback }, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            journal.SetStatus(run.Id, RunStatus.Interrupted, "cancelled; run the same command again to resume");
            ReportWriter.Write(ReportBuilder.Build(catalog, journal, run.Id, new Dictionary<int, IReadOnlyList<VerificationReport>>()), journal);
            throw;
        }
        catch (Exception exception)
        {
            journal.SetStatus(run.Id, RunStatus.Failed, exception.Message);
            throw;
        }
    }

    private async Task<RunReport> ExecuteAsync(RunInfo run, MigrationOptions options, CancellationToken cancellationToken)
    {
        var since = SinceFor(run);
        var fallback = await OwnerReconciler.ResolveFallbackAsync(target, options.FallbackOwner, cancellationToken).ConfigureAwait(false);
        QualityCounter[]? quality = null;
        if (!run.Checked)
        {
            using var known = new JournalLookupResolver(journal, [], null);
            var result = await new DataQualityPass(catalog, source, known).RunAsync(since, options.Sample, options.Progress, cancellationToken).ConfigureAwait(false);
            foreach (var ((email, pair), records) in result.OwnerUse)
                journal.SetOwnerUse(run.Id, email, pair, records);
            journal.SetFindings(run.Id, result.Findings);
            quality = [.. result.Pairs.Values];
        }
        // Re-matched on every attempt: the admin may have provisioned users since the run was blocked.
        var use = journal.OwnerUse(run.Id);
        await OwnerReconciler.MatchAsync(journal, target, use.Select(u => u.Email), options.OwnerAliases, cancellationToken).ConfigureAwait(false);
        var owners = journal.Owners();
        var missing = owners.Where(o => !o.IsAssignable).Select(o => o.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (quality is not null)
        {
            journal.SetQuality(run.Id, quality.Select(q => q.ToReport(use.Where(u => u.Pair == q.Pair && missing.Contains(u.Email)).Sum(u => u.Records))));
            journal.SetChecked(run.Id);
        }
        var verification = new Dictionary<int, IReadOnlyList<VerificationReport>>();
        if (run.Kind == Check)
            return Finish(run, RunStatus.Completed, null, verification);

        // Documentation-only pairs load nothing, so nothing of theirs needs an owner.
        var loads = catalog.Pairs.Where(p => p.Kind != PairKind.DocumentationOnly).Select(p => p.Name).ToHashSet();
        var blocked = fallback is null
            ? use.Where(u => missing.Contains(u.Email) && loads.Contains(u.Pair)).GroupBy(u => u.Pair).ToDictionary(g => g.Key, g => g.Select(u => u.Email).ToList())
            : [];
        using var resolver = new JournalLookupResolver(journal, owners, fallback);
        var loader = new PairLoader(catalog, source, target, journal, resolver, options);
        var deferred = new DeferredLookupPass(journal, target, resolver);
        var verifier = new FieldVerifier(catalog, source, target, resolver, journal);
        var counter = new TargetCounter(catalog, target, journal);
        var done = journal.Progress(run.Id).Where(p => p.Done).Select(p => p.Pair).ToHashSet();
        foreach (var phase in catalog.Phases)
        {
            var waiting = phase.Pairs.Where(p => !done.Contains(p) && blocked.ContainsKey(p)).ToList();
            if (waiting.Count > 0)
            {
                var emails = waiting.SelectMany(p => blocked[p]).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
                var message = string.Create(CultureInfo.InvariantCulture,
                    $"phase {phase.Number} ({string.Join(", ", waiting)}) is blocked: {emails.Count} owner(s) have no active Dataverse user ({string.Join(", ", emails.Take(5))}{(emails.Count > 5 ? ", …" : "")}). Provision them and run again, or name a fallback owner.");
                return Finish(run, RunStatus.Blocked, message, verification);
            }
            foreach (var pairName in phase.Pairs)
                await loader.RunAsync(run.Id, phase, catalog.Pair(pairName), since(catalog.Pair(pairName)), cancellationToken).ConfigureAwait(false);
            options.Progress?.Report(new MigrationProgress(phase.Number, "", 0, "deferred"));
            await deferred.RunAsync(run.Id, phase.Number, cancellationToken).ConfigureAwait(false);
            if (options.Verify.Enabled)
            {
                options.Progress?.Report(new MigrationProgress(phase.Number, "", 0, "verify"));
                verification[phase.Number] = await VerifyPhaseAsync(verifier, run.Id, phase, options.Verify, since, cancellationToken).ConfigureAwait(false);
            }
            options.Progress?.Report(new MigrationProgress(phase.Number, "", 0, "count"));
            // Only the tables this phase's pairs write: earlier phases' tables were counted at the end of their own phase.
            await counter.CountAsync(run.Id, phase.Pairs.Select(catalog.Pair), everyTable: false, cancellationToken).ConfigureAwait(false);
            // Each phase closes with its row-count report before the next one starts.
            ReportWriter.Write(ReportBuilder.Build(catalog, journal, run.Id, verification), journal);
            options.Progress?.Report(new MigrationProgress(phase.Number, "", 0, "done"));
        }
        var status = journal.QuarantineCount(run.Id) > 0 ? RunStatus.CompletedWithRejections : RunStatus.Completed;
        return Finish(run, status, null, verification);
    }

    private async Task<IReadOnlyList<VerificationReport>> VerifyPhaseAsync(
        FieldVerifier verifier, string runId, PhaseInfo phase, VerifySpec verify, Func<PairInfo, DateTimeOffset?> since, CancellationToken cancellationToken)
    {
        var reports = new List<VerificationReport>();
        foreach (var pair in phase.Pairs.Select(catalog.Pair).Where(p => p.Kind != PairKind.DocumentationOnly))
            reports.Add(await verifier.VerifyAsync(runId, pair, verify.SampleSize, since(pair), journal.RejectedKeys(runId, pair.Name), cancellationToken).ConfigureAwait(false));
        return reports;
    }

    private RunReport Finish(RunInfo run, RunStatus status, string? message, Dictionary<int, IReadOnlyList<VerificationReport>> verification)
    {
        journal.SetStatus(run.Id, status, message);
        var report = ReportBuilder.Build(catalog, journal, run.Id, verification);
        ReportWriter.Write(report, journal);
        return report;
    }

    // A delta reads past the watermarks that stood when it started; a resumed delta must not move its own marks.
    private Func<PairInfo, DateTimeOffset?> SinceFor(RunInfo run)
    {
        if (run.Kind != Delta)
            return _ => null;
        var marks = journal.Watermarks(catalog.Name, before: run.Started);
        return pair => marks.TryGetValue(pair.Name, out var mark) ? mark : null;
    }

    private static string NewRunId() =>
        DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
}
