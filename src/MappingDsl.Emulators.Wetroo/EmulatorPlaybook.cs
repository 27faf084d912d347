namespace MappingDsl.Emulators.Wetroo;

/// <summary>An automation playbook: a WhatsApp event trigger and its actions, as JSON configuration.</summary>
/// <param name="Id">Wetroo id.</param>
/// <param name="Name">Playbook name.</param>
/// <param name="Active">Whether it runs.</param>
/// <param name="TriggerEvent">The event that starts it.</param>
/// <param name="Condition">The trigger's condition text.</param>
/// <param name="Actions">What it does, in order.</param>
public sealed record EmulatorPlaybook(int Id, string Name, bool Active, string TriggerEvent, string Condition, IReadOnlyList<string> Actions);
