namespace MappingDsl.Cli.Hosting;

/// <summary>
/// Every exit code mapdsl returns, and the only place they are defined: commands, <see cref="CommandRunner"/>, the
/// help text (<see cref="Summary"/>) and the table in docs/cli.md (kept equal by a test) all read them from here.
/// </summary>
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

    /// <summary>Any other failure: the source or target unreachable, an unexpected error.</summary>
    public const int Failed = 4;

    /// <summary>
    /// Finished, but the numbers do not agree: a pair's source, journal and target counts differ (a record deleted in
    /// the org, a lost page, a cut export) or field verification found a difference. Takes precedence over 1.
    /// </summary>
    public const int Unbalanced = 5;

    /// <summary>Interrupted by Ctrl+C; the journal is consistent and the same command resumes.</summary>
    public const int Interrupted = 130;

    /// <summary>The codes in one line, for <c>mapdsl --help</c>.</summary>
    public const string Summary = "Exit codes: 0 ok, 1 rejected records, 2 usage/configuration, 3 blocked, 4 failed, 5 unbalanced, 130 interrupted.";
}
