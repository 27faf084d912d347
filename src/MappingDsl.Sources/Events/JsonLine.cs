namespace MappingDsl.Sources.Events;

/// <summary>One line of a JSON Lines stream, as bytes the caller owns.</summary>
/// <param name="Bytes">The line without its line break.</param>
/// <param name="Terminated">
/// Whether a line break ended it. Only the last line of a stream can be unterminated; together with
/// <paramref name="Failure"/> that is how a stream cut off mid-record shows.
/// </param>
/// <param name="Failure">The transport error that ended the stream after this line, if one did.</param>
public readonly record struct JsonLine(ReadOnlyMemory<byte> Bytes, bool Terminated, string? Failure = null);
