namespace MappingDsl.Sources.CustomerIo;

/// <summary>How the extractor reads people and deliveries.</summary>
public enum CustomerIoReadPath
{
    /// <summary>The App API lists: people search and attribute hydration, messages by window (the default).</summary>
    Api,

    /// <summary>The asynchronous exports (source-apis.md §3.9): start, poll, download, read the file.</summary>
    Export,
}
