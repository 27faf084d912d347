namespace MappingDsl.Cli.Hosting;

/// <summary>The exit codes every command uses (documented in docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Finished; nothing was rejected.</summary>
    public const int Success = 0;

    /// <summary>Finished; some records were quarantined (see the run's quarantine.csv).</summary>
    public const int Rejections = 1;

    /// <summary>The command line or configuration is wrong (unknown pack, missing credentials, bad sample).</summary>
    public const int Usage = 2;

    /// <summary>Blocked: owners to reconcile or schema to provision first.</summary>
    public const int Blocked = 3;

    /// <summary>
    /// Finished, but the numbers do not agree: a pair's source, journal and target counts differ (a record deleted in
    /// the org, a lost page, a cut export) or field verification found a difference. Takes precedence over 1. (4 is CommandRunner.Failed: source or target unreachable.)
    /// </summary>
    public const int Unbalanced = 5;

    /// <summary>Interrupted by Ctrl+C; the journal is consistent and the same command resumes.</summary>
    public const int Interrupted = 130;
}
