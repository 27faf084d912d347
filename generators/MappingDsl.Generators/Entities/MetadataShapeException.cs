using System;

namespace MappingDsl.Generators.Entities;

/// <summary>Well-formed JSON that is not the EntityDefinitions shape; the message names the offending member.</summary>
internal sealed class MetadataShapeException(string message) : Exception(message);
