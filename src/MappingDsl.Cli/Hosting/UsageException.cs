namespace MappingDsl.Cli.Hosting;

/// <summary>A command cannot run as asked; the message says what to change. Exit code 2.</summary>
/// <param name="message">What is wrong and how to fix it.</param>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>A command cannot go on until someone acts (provision the schema, reconcile owners). Exit code 3.</summary>
/// <param name="message">What is blocking and what to run.</param>
internal sealed class BlockedException(string message) : Exception(message);
