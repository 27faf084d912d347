namespace MappingDsl.Emulators.Salesmate;

/// <summary>A file the emulator serves: an image embedded in a note.</summary>
/// <param name="FileName">The file's name, as the download answers it.</param>
/// <param name="MimeType">Its content type.</param>
/// <param name="Content">Its bytes, a pure function of (seed, note, position).</param>
public sealed record EmulatorFile(string FileName, string MimeType, byte[] Content);
