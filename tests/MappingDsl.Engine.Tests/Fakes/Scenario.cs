using MappingDsl.Engine.Journal;

namespace MappingDsl.Engine.Tests.Fakes;

// A source, a target with two users, and a journal in a fresh temp folder.
internal sealed class Scenario : IDisposable
{
    public static readonly DateTimeOffset T0 = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public Scenario()
    {
        Folder = Path.Combine(Path.GetTempPath(), "mapdsl-engine-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Folder);
        JournalPath = Path.Combine(Folder, "journal.db");
        Journal = MigrationJournal.Open(JournalPath);
        Target.Users.Add(new TargetUser("ann@example.com", Guid.NewGuid(), "Ann", false));
        Target.Users.Add(new TargetUser("old@example.com", Guid.NewGuid(), "Old Timer", true));
    }

    public string Folder { get; }
    public string JournalPath { get; }
    public MigrationJournal Journal { get; private set; }
    public InMemorySource Source { get; } = new();
    public InMemoryTarget Target { get; } = new();

    public MigrationEngine Engine() => new(TestPack.Catalog, Source, Target, Journal);

    // Closes and reopens the journal, as a new process would after a crash.
    public void Restart()
    {
        Journal.Dispose();
        Journal = MigrationJournal.Open(JournalPath);
    }

    public static MigrationOptions Options(int batch = 2, int spotCheck = 0) => new() { BatchSize = batch, Verify = VerifySpec.Sample(spotCheck) };

    public void SeedBasics()
    {
        Source.Put("companies", "c1", """{"id":"c1","name":"Acme","owner":"ann@example.com","employees":12}""", T0);
        Source.Put("companies", "c2", """{"id":"c2","name":"Acme EU","owner":"ann@example.com","parent":"c1"}""", T0);
        Source.Put("companies", "c3", """{"id":"c3","name":"Beta","owner":"ann@example.com"}""", T0);
        Source.Put("contacts", "p1", """{"id":"p1","name":"Lee","company":"c1"}""", T0);
        Source.Put("contacts", "p2", """{"id":"p2","name":"Kim","company":"c3"}""", T0);
        Source.Put("tasks", "t1", """{"id":"t1","subject":"Call Lee","contact":"p1","done":true}""", T0);
        Source.Put("tasks", "t2", """{"id":"t2","subject":"Mail Kim","contact":"p2"}""", T0);
        Source.Put("flows", "f1", """{"id":"f1","flow":"Onboarding","contact":"p1"}""", T0);
    }

    public void Dispose()
    {
        Journal.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A report file still open elsewhere only leaves a temp folder behind.
        }
    }
}
