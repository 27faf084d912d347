namespace MappingDsl.Emulators.CustomerIo;

/// <summary>One asynchronous export: its metadata (the fields of source-apis.md §3.9) and the file it produced.</summary>
internal sealed class ExportJob
{
    public required int Id { get; init; }

    /// <summary><c>customers</c> or <c>deliveries</c>.</summary>
    public required string Type { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string File { get; init; }

    public required long Total { get; init; }

    /// <summary>Whether the job ends failed (<see cref="CustomerIoEmulatorOptions.FailExports"/>).</summary>
    public required bool Fails { get; init; }

    /// <summary>Status reads so far; the job is finished once they exceed <see cref="CustomerIoEmulatorOptions.ExportPolls"/>.</summary>
    public int Polls { get; set; }

    public int Downloads { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
