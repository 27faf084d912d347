// The map-pack pipeline's stages are folders under Packs/, each its own namespace; every stage reads the models and
// helpers of the others, so they are imported once here rather than file by file.
global using MappingDsl.Generators.Packs.Discovery;
global using MappingDsl.Generators.Packs.Emit;
global using MappingDsl.Generators.Packs.Model;
global using MappingDsl.Generators.Packs.Parsing;
global using MappingDsl.Generators.Packs.Validation;
