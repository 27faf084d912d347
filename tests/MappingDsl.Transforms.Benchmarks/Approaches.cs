using System.Text.Json;
using AutoMapper;
using MappingDsl.Maps.Salesmate;
using MappingDsl.Maps.Salesmate.Source;
using MappingDsl.Transforms.Benchmarks.Dtos;

namespace MappingDsl.Transforms.Benchmarks;

/// <summary>
/// The five ways (and the floor under them) of turning one Salesmate record into its Dataverse body, each with its own reused output buffer and
/// the same lookup resolver. Every method returns the body's length (plus the state a closed record asks for), so
/// nothing is optimized away.
/// </summary>
internal sealed class Approaches : IDisposable
{
    // The reflection serializer with a cached options instance: how application code usually serializes a DTO.
    private static readonly JsonSerializerOptions DtoOptions = new(JsonSerializerDefaults.General);

    private readonly RecordWriter _writer;
    private readonly IPairTransform _contacts = SalesmatePack.Catalog.Transform("Contacts");
    private readonly IPairTransform _deals = SalesmatePack.Catalog.Transform("Deals");
    private readonly IPairTransform _meetings = SalesmatePack.Catalog.Transform("Meetings");
    private readonly HandWrittenMapper _handWritten;
    private readonly DictionaryMapper _dictionary;
    private readonly LookupBinder _binder;
    private readonly IMapper _autoMapper = AutoMapperMapper.Create();
    private readonly JsonOutput _dtoOut = new();
    private readonly FloorCopy _floor = new();

    public Approaches(ILookupResolver resolver)
    {
        _writer = new RecordWriter(new MapContext(resolver));
        _handWritten = new HandWrittenMapper(resolver);
        _dictionary = new DictionaryMapper(resolver);
        _binder = new LookupBinder(resolver);
    }

    public int Generated(RecordKind kind, byte[] json) => Generated(Transform(kind), json);

    /// <summary>The same pair through its pair method and typed entity (the generated transform before direct writes).</summary>
    public int GeneratedEntityPath(RecordKind kind, byte[] json) => Generated(((IDirectWriteTransform)Transform(kind)).EntityPath, json);

    private int Generated(IPairTransform transform, byte[] json)
    {
        _writer.Clear();
        var outcome = transform.Transform(json, _writer);
        if (outcome.Status != TransformStatus.Written)
            throw new InvalidOperationException($"the generated transform rejected the sample: {outcome.Reason}");
        var record = _writer.Records[0];
        return record.Body.Length + (record.State ?? 0);
    }

    /// <summary>The physical floor: the record's tokens copied to a body of <paramref name="size"/> bytes, no mapping.</summary>
    public int Floor(byte[] json, int size) => _floor.Copy(json, size);

    public int HandWritten(RecordKind kind, byte[] json) => kind switch
    {
        RecordKind.Contact => _handWritten.Contact(json),
        RecordKind.Deal => _handWritten.Deal(json),
        _ => _handWritten.Meeting(json),
    };

    public int Dictionary(RecordKind kind, byte[] json) => kind switch
    {
        RecordKind.Contact => _dictionary.Contact(json),
        RecordKind.Deal => _dictionary.Deal(json),
        _ => _dictionary.Meeting(json),
    };

    public int Mapperly(RecordKind kind, byte[] json)
    {
        switch (kind)
        {
            case RecordKind.Contact:
                var contact = JsonSerializer.Deserialize(json, SalesmateJson.Default.SmContact)!;
                PersonDto person = IsContact(contact) ? MapperlyMapper.ToContact(contact) : MapperlyMapper.ToLead(contact);
                _binder.Complete(person, contact);
                return WriteDto(person);
            case RecordKind.Deal:
                var deal = JsonSerializer.Deserialize(json, SalesmateJson.Default.SmDeal)!;
                var opportunity = MapperlyMapper.ToOpportunity(deal);
                _binder.Complete(opportunity, deal);
                return WriteDto(opportunity) + (opportunity.StateCode ?? 0);
            default:
                var meeting = JsonSerializer.Deserialize(json, SalesmateJson.Default.SmMeeting)!;
                var appointment = MapperlyMapper.ToAppointment(meeting);
                _binder.Complete(appointment, meeting);
                return WriteDto(appointment) + (appointment.StateCode ?? 0);
        }
    }

    public int AutoMapper(RecordKind kind, byte[] json)
    {
        switch (kind)
        {
            case RecordKind.Contact:
                var contact = JsonSerializer.Deserialize(json, SalesmateJson.Default.SmContact)!;
                PersonDto person = IsContact(contact) ? _autoMapper.Map<ContactDto>(contact) : _autoMapper.Map<LeadDto>(contact);
                _binder.Complete(person, contact);
                return WriteDto(person);
            case RecordKind.Deal:
                var deal = JsonSerializer.Deserialize(json, SalesmateJson.Default.SmDeal)!;
                var opportunity = _autoMapper.Map<OpportunityDto>(deal);
                _binder.Complete(opportunity, deal);
                return WriteDto(opportunity) + (opportunity.StateCode ?? 0);
            default:
                var meeting = JsonSerializer.Deserialize(json, SalesmateJson.Default.SmMeeting)!;
                var appointment = _autoMapper.Map<AppointmentDto>(meeting);
                _binder.Complete(appointment, meeting);
                return WriteDto(appointment) + (appointment.StateCode ?? 0);
        }
    }

    /// <summary>The body the last call of an approach wrote.</summary>
    public byte[] LastBody(string approach) => approach switch
    {
        nameof(Generated) or nameof(GeneratedEntityPath) => _writer.Records[0].Body.ToArray(),
        nameof(HandWritten) => _handWritten.Written.ToArray(),
        nameof(Dictionary) => _dictionary.Written.ToArray(),
        nameof(Floor) => _floor.Written.ToArray(),
        _ => _dtoOut.Written.ToArray(),
    };

    public void Dispose()
    {
        _writer.Dispose();
        _dtoOut.Dispose();
    }

    private static bool IsContact(SmContact s) => s.LifecycleStage is "Customer" or "Evangelist";

    private IPairTransform Transform(RecordKind kind) => kind switch
    {
        RecordKind.Contact => _contacts,
        RecordKind.Deal => _deals,
        _ => _meetings,
    };

    // The runtime type, not PersonDto, so a contact's and a lead's own columns are written.
    private int WriteDto(object dto)
    {
        JsonSerializer.Serialize(_dtoOut.Begin(), dto, dto.GetType(), DtoOptions);
        return _dtoOut.End();
    }
}
