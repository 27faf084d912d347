using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using MappingDsl.Emulators.Dataverse.Metadata;
using MappingDsl.Emulators.Dataverse.Protocol;
using MappingDsl.Emulators.Dataverse.Storage;

namespace MappingDsl.Emulators.Dataverse.Handlers;

/// <summary>
/// Routes one Web API request to its handler. Reads of records (a record, a collection, <c>$count</c>) run in parallel,
/// as an org serves them, each on its own store reader seeing the last committed state. Everything else runs one at
/// a time against the store's writer, each request in its own transaction (a change set shares one), so a failed
/// request or bulk action leaves nothing behind and two upserts of one key cannot both create it (SQLite has one
/// writer; an org serialises writes to the same key by locking). Metadata changes also hold the catalog's write lock,
/// so a parallel read never sees a table definition half changed.
/// </summary>
internal sealed class Dispatcher : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly ReaderWriterLockSlim _catalogLock = new();
    private readonly ConcurrentBag<RecordStore> _readers = [];
    private readonly DataverseEmulatorOptions _options;
    private readonly RecordStore _store;
    private readonly MetadataCatalog _catalog;
    private readonly RecordService _records;
    private readonly QueryHandler _query;
    private readonly BulkHandler _bulk;
    private readonly MetadataHandler _metadata;
    private readonly ActionHandler _actions;

    public Dispatcher(MetadataCatalog catalog, RecordStore store, DataverseEmulatorOptions options)
    {
        _catalog = catalog;
        _store = store;
        _options = options;
        _records = new RecordService(catalog, store, options);
        _query = new QueryHandler(_records, options);
        _bulk = new BulkHandler(_records);
        _metadata = new MetadataHandler(catalog, _records, options);
        _actions = new ActionHandler(_records, options);
    }

    public Uri ServiceRoot { get; set; } = new("http://127.0.0.1/api/data/v9.2/");

    public RecordService Records => _records;

    /// <summary>
    /// Test hook only (no option sets it): called inside a successful request's write transaction, after its work and
    /// before its commit, while the writer is held. A test blocks here to hold a write open for as long as it needs
    /// instead of relying on a write being slow.
    /// </summary>
    internal Action? BeforeCommit { get; set; }

    /// <summary>Runs a request in its own transaction.</summary>
    public async Task<EmulatorResponse> ExecuteAsync(EmulatorRequest request, CancellationToken cancellationToken)
    {
        if (TryRead(request) is { } read) return read;
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var changesMetadata = request.Method != "GET" && IsMetadata(request.Path);
            if (changesMetadata) _catalogLock.EnterWriteLock();
            try
            {
                var response = InTransaction(() => Route(request));
                if (changesMetadata) _catalog.Materialize();
                return response with { Processing = Stopwatch.GetElapsedTime(started) };
            }
            finally
            {
                if (changesMetadata) _catalogLock.ExitWriteLock();
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    private static readonly string[] MetadataRoots = ["EntityDefinitions", "GlobalOptionSetDefinitions", "RelationshipDefinitions", "InsertOptionValue"];

    private static bool IsMetadata(string path) =>
        MetadataRoots.Any(root => path.StartsWith(root, StringComparison.Ordinal) && (path.Length == root.Length || path[root.Length] is '(' or '/' or '?'));

    // A GET of records, run at once on a reader of its own; null for every other request.
    private EmulatorResponse? TryRead(EmulatorRequest request)
    {
        if (request.Method != "GET") return null;
        _catalogLock.EnterReadLock();
        try
        {
            var path = ODataPath.Split(Uri.UnescapeDataString(request.Path).Trim('/'));
            var count = path.Count == 2 && path[0].Key is null && path[1].Name == "$count";
            if (path.Count is 0 or > 2 || (path.Count == 2 && !count) || _catalog.BySet(path[0].Name) is not { } entity) return null;
            var reader = _readers.TryTake(out var pooled) ? pooled : _store.OpenReader();
            try
            {
                var started = Stopwatch.GetTimestamp();
                reader.BeginRead();
                try
                {
                    var query = new QueryHandler(new RecordService(_catalog, reader, _options), _options);
                    var response = Safe(() => count ? query.Count(entity, request)
                        : path[0].Key is { } key ? query.Retrieve(entity, key, request, ServiceRoot)
                        : query.RetrieveMultiple(entity, request, ServiceRoot));
                    return response with { Processing = Stopwatch.GetElapsedTime(started) };
                }
                finally
                {
                    reader.Rollback();
                }
            }
            finally
            {
                _readers.Add(reader);
            }
        }
        finally
        {
            _catalogLock.ExitReadLock();
        }
    }

    /// <summary>Runs a change set: all requests in one transaction, stopping at the first failure.</summary>
    public async Task<List<EmulatorResponse>> ExecuteChangeSetAsync(int count, Func<int, EmulatorRequest> requestAt, Action<int, EmulatorResponse> completed, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var responses = new List<EmulatorResponse>();
            var started = Stopwatch.GetTimestamp();
            _store.Begin();
            for (var index = 0; index < count; index++)
            {
                var i = index;
                var response = Safe(() => Route(requestAt(i)));
                response = response with { Processing = Stopwatch.GetElapsedTime(started) };
                started = Stopwatch.GetTimestamp();
                responses.Add(response);
                completed(index, response);
                if (!response.IsSuccess)
                {
                    _store.Rollback();
                    return responses;
                }
            }
            _store.Commit();
            return responses;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Counts a table's records (outside any request).</summary>
    public async Task<int> CountAsync(string table)
    {
        await _lock.WaitAsync().ConfigureAwait(false);
        try
        {
            return _store.Count(table);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose()
    {
        _lock.Dispose();
        _catalogLock.Dispose();
        while (_readers.TryTake(out var reader)) reader.Dispose();
        _store.Dispose();
    }

    private EmulatorResponse InTransaction(Func<EmulatorResponse> action)
    {
        _store.Begin();
        var response = Safe(action);
        if (response.IsSuccess)
        {
            BeforeCommit?.Invoke();
            _store.Commit();
        }
        else
        {
            _store.Rollback();
        }
        return response;
    }

    private static EmulatorResponse Safe(Func<EmulatorResponse> action)
    {
        try
        {
            return action();
        }
        catch (EmulatorError error)
        {
            return EmulatorResponse.From(error);
        }
        catch (JsonException ex)
        {
            return EmulatorResponse.Error(400, "0x80048d19", $"Error identified in Payload provided by the user: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            // JsonNode throws InvalidOperationException when a value has the wrong JSON kind for its column.
            return EmulatorResponse.Error(400, "0x80048d19", $"Error identified in Payload provided by the user: {ex.Message}");
        }
    }

    private EmulatorResponse Route(EmulatorRequest request)
    {
        var path = ODataPath.Split(Uri.UnescapeDataString(request.Path).Trim('/'));
        if (path.Count == 0 || path[0].Name.Length == 0) return ServiceDocument();
        var first = path[0];
        switch (first.Name)
        {
            case "EntityDefinitions":
                return _metadata.EntityDefinitions(path, request, ServiceRoot);
            case "GlobalOptionSetDefinitions":
                return _metadata.OptionSets(first, request, ServiceRoot);
            case "RelationshipDefinitions" when request.Method == "POST":
                return _metadata.CreateRelationship(request, ServiceRoot);
            case "InsertOptionValue" when request.Method == "POST":
                return _metadata.InsertOptionValue(request);
        }
        if (path.Count == 1 && first.Key is null && _actions.TryExecute(first.Name, request) is { } actionResult) return actionResult;
        var entity = _records.EntityForSet(first.Name);
        if (path.Count == 2 && first.Key is null && path[1].Name.StartsWith("Microsoft.Dynamics.CRM.", StringComparison.Ordinal) && request.Method == "POST")
        {
            var action = path[1].Name["Microsoft.Dynamics.CRM.".Length..];
            if (action is "CreateMultiple" or "UpdateMultiple" or "UpsertMultiple") return _bulk.Execute(entity, action, request, ServiceRoot);
            throw new EmulatorError(404, "", $"No HTTP resource was found that matches the request URI '{ServiceRoot}{request.Path}'.");
        }
        if (path.Count == 2 && first.Key is null && path[1].Name == "$count" && request.Method == "GET") return _query.Count(entity, request);
        if (path.Count > 1) throw EmulatorError.ResourceNotFound(path[1].Name);
        return first.Key is null ? Collection(entity, request) : Single(entity, first.Key, request);
    }

    private EmulatorResponse Collection(EntityModel entity, EmulatorRequest request)
    {
        switch (request.Method)
        {
            case "GET":
                return _query.RetrieveMultiple(entity, request, ServiceRoot);
            case "POST":
                var id = _records.Create(entity, Body(request));
                return Written(entity, id, request, created: true);
            default:
                throw new EmulatorError(405, "", $"The HTTP method '{request.Method}' is not allowed on '{entity.EntitySetName}'.");
        }
    }

    private EmulatorResponse Single(EntityModel entity, string key, EmulatorRequest request)
    {
        switch (request.Method)
        {
            case "GET":
                return _query.Retrieve(entity, key, request, ServiceRoot);
            case "PATCH":
                {
                    var updateOnly = request.Header("If-Match") == "*";
                    var createOnly = request.Header("If-None-Match") == "*";
                    var (id, created) = _records.Upsert(entity, key, Body(request), updateOnly, createOnly);
                    return Written(entity, id, request, created);
                }
            case "DELETE":
                {
                    var id = _records.Find(entity, key) ?? throw EmulatorError.DoesNotExist(entity.LogicalName, ODataPath.TryGuid(key, out var g) ? g : Guid.Empty);
                    _store.Delete(entity.LogicalName, id);
                    DeleteChildren(entity, id);
                    return EmulatorResponse.NoContent() with { Work = 1 };
                }
            default:
                throw new EmulatorError(405, "", $"The HTTP method '{request.Method}' is not allowed on a record.");
        }
    }

    // Dataverse applies each relationship's CascadeConfiguration.Delete when the referenced record goes: Cascade deletes
    // the children (an opportunity's close activities, a record's notes and activities), RemoveLink clears their lookup,
    // Restrict refuses the delete while children exist (405 CannotDeleteDueToAssociation, compose-http-requests-handle-
    // errors; the code 0x80040227 is UNCONFIRMED). The table definitions say which, so a rollback sees what it would
    // see in a real org. The request's transaction undoes a partly applied cascade when a Restrict refuses.
    private void DeleteChildren(EntityModel parent, Guid id)
    {
        foreach (var child in _catalog.Entities)
        {
            foreach (var relationship in (child.Definition["ManyToOneRelationships"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if ((string?)relationship["ReferencedEntity"] != parent.LogicalName || (string?)relationship["ReferencingAttribute"] is not { } column)
                    continue;
                var cascade = (string?)relationship["CascadeConfiguration"]?["Delete"];
                if (cascade is not ("Cascade" or "RemoveLink" or "Restrict"))
                    continue;
                foreach (var orphan in _store.Referencing(child.LogicalName, column, id))
                {
                    switch (cascade)
                    {
                        case "Restrict":
                            throw new EmulatorError(405, "0x80040227",
                                $"The object you tried to delete is associated with another object and cannot be deleted. ({child.LogicalName} {orphan} refers to it through '{column}', relationship {(string?)relationship["SchemaName"]}.)");
                        case "RemoveLink" when _store.Get(child.LogicalName, orphan) is { } row:
                            row["_" + column + "_value"] = null;
                            row.Remove("_" + column + "_value" + RecordService.LookupAnnotation);
                            _store.Update(child.LogicalName, orphan, row);
                            break;
                        case "Cascade":
                            if (_store.Delete(child.LogicalName, orphan))
                                DeleteChildren(child, orphan);
                            break;
                    }
                }
            }
        }
    }

    private EmulatorResponse Written(EntityModel entity, Guid id, EmulatorRequest request, bool created)
    {
        var address = $"{ServiceRoot}{entity.EntitySetName}({id})";
        if (!request.Prefers("return=representation"))
            return (EmulatorResponse.NoContent() with { Work = 1 }).WithHeader("OData-EntityId", address);
        var select = request.QueryValue("$select") is { Length: > 0 } s ? s.Split(',', StringSplitOptions.TrimEntries).ToList() : null;
        var body = QueryHandler.Project(entity, _store.Get(entity.LogicalName, id)!, select);
        body.Insert(0, "@odata.context", $"{ServiceRoot}$metadata#{entity.EntitySetName}/$entity");
        return (EmulatorResponse.Json(created ? 201 : 200, body) with { Work = 1 }).WithHeader("Location", address);
    }

    private EmulatorResponse ServiceDocument() => EmulatorResponse.Json(200, new JsonObject
    {
        ["@odata.context"] = $"{ServiceRoot}$metadata",
        ["value"] = new JsonArray([.. _records.Catalog.Entities.Select(e => (JsonNode)new JsonObject { ["name"] = e.EntitySetName, ["kind"] = "EntitySet", ["url"] = e.EntitySetName })]),
    });

    private static JsonObject Body(EmulatorRequest request) =>
        (request.Body.IsEmpty ? null : JsonNode.Parse(request.Body.Span)) as JsonObject
        ?? throw EmulatorError.BadRequest("The request body must be a JSON object.");
}
