namespace MappingDsl.Emulators.Salesmate;

/// <summary>How the emulator spells failure envelopes; Salesmate's docs and its live API differ.</summary>
public enum ErrorCasing
{
    /// <summary>As the live API answers: <c>{"Status":"failure","Error":{"name","message"}}</c>.</summary>
    Live,

    /// <summary>As the docs show: <c>{"Status":"failure","Error":{"Code","Name","Message"}}</c>.</summary>
    Documented,
}
