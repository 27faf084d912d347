using System.Collections.Generic;
using System.Linq;
using MappingDsl.Generators.Common;
using MappingDsl.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MappingDsl.Generators.Packs.Parsing;

/// <summary>
/// Reads a pair's body: the object creations it returns (1:1, the branches of a split, an inventory row) and, per
/// initializer assignment, the column, the value's kind, the source members it reads and what it may lose.
/// </summary>
internal sealed class BodyParser(
    ParseContext context,
    SemanticModel model,
    IParameterSymbol? source,
    IReadOnlyList<SourceMemberModel> sourceMembers)
{
    private readonly SortedSet<string> _sharedReads = new(System.StringComparer.Ordinal);

    public List<ReferenceModel> References { get; } = new();

    /// <summary>Why the pair cannot have a direct-write twin, read from its syntax; empty when it can.</summary>
    public string DirectBlocker { get; private set; } = "";

    /// <summary>The using directives of the files the pair's expressions come from.</summary>
    public SortedSet<string> Usings { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The <c>[Picklist]</c> method the split's decision calls (a split matrix), or null.</summary>
    public string? SplitMatrix { get; private set; }

    /// <summary>Where the split matrix is called.</summary>
    public LocationInfo? SplitMatrixLocation { get; private set; }

    public (PairShape Shape, List<RecordModel> Records, string? Condition) Records(IMethodSymbol method, MethodDeclarationSyntax syntax)
    {
        var records = new List<RecordModel>();
        var returnType = method.ReturnType;
        var shape = SymbolReading.Is(returnType, MetadataNames.Split) ? PairShape.Split
            : SymbolReading.Is(returnType, MetadataNames.InventoryRow) ? PairShape.DocumentationOnly
            : PairShape.OneToOne;
        if (shape == PairShape.OneToOne && context.Entities.Read(returnType) is null)
        {
            context.Report(PackDiagnostics.InvalidPairSignature, syntax.Identifier.GetLocation(), method.Name,
                $"returns '{returnType.Name}', which is not a Dataverse entity ([Table]/[CustomTable]), Split<T1, T2> or InventoryRow");
            return (shape, records, null);
        }
        var returned = SymbolReading.ReturnedExpression(syntax);
        if (returned is null)
        {
            context.Report(PackDiagnostics.Untranslatable, (SyntaxNode?)syntax.Body ?? syntax,
                $"Pair '{method.Name}' must be expression-bodied or a single return statement");
            return (shape, records, null);
        }
        returned = SymbolReading.Strip(returned);
        DirectWriteReading.AddUsings(Usings, syntax.SyntaxTree, context.Token);
        string? condition = null;
        if (shape == PairShape.Split)
        {
            var split = (INamedTypeSymbol)returnType;
            condition = Branches(returned, null, split, records);
            FindSplitMatrix(returned);
        }
        else if (Composed(returned) is { } composed)
        {
            records.Add(Record(composed, 0, null));
        }
        else
        {
            context.Report(PackDiagnostics.Untranslatable, returned,
                $"Pair '{method.Name}' must return an object creation with an initializer (new {returnType.Name} {{ … }})");
        }
        return (shape, records, condition);
    }

    /// <summary>The source members the node reads, and those the <c>[SharedColumns]</c> methods it uses read.</summary>
    public List<string> MembersRead(SyntaxNode node)
    {
        var read = new SortedSet<string>(_sharedReads, System.StringComparer.Ordinal);
        foreach (var access in node.DescendantNodes().OfType<MemberAccessExpressionSyntax>())
        {
            if (IsSourceAccess(access))
                read.Add(access.Name.Identifier.Text);
        }
        return read.ToList();
    }

    private bool IsSourceAccess(MemberAccessExpressionSyntax access) =>
        source is not null
        && access.Expression is IdentifierNameSyntax name
        && name.Identifier.Text == source.Name
        && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, context.Token).Symbol, source);

    // The split's condition, as the docs print it: the ?: condition or the switch's governing expression.
    private string? Branches(ExpressionSyntax expression, string? condition, INamedTypeSymbol split, List<RecordModel> records)
    {
        expression = SymbolReading.Strip(expression);
        switch (expression)
        {
            case ConditionalExpressionSyntax conditional:
                var text = conditional.Condition.ToString();
                Branches(conditional.WhenTrue, text, split, records);
                Branches(conditional.WhenFalse, Join(condition, "!(" + text + ")"), split, records);
                return condition ?? text;
            case SwitchExpressionSyntax switchExpression:
                foreach (var arm in switchExpression.Arms)
                {
                    var armText = switchExpression.GoverningExpression + " is " + arm.Pattern + (arm.WhenClause is null ? "" : " " + arm.WhenClause);
                    Branches(arm.Expression, arm.Pattern is DiscardPatternSyntax ? condition ?? "otherwise" : armText, split, records);
                }
                return condition ?? switchExpression.GoverningExpression.ToString();
            default:
                if (Composed(expression) is not { } composed)
                {
                    context.Report(PackDiagnostics.Untranslatable, expression,
                        "A split branch must be an object creation with an initializer (new Lead { … })");
                    return condition;
                }
                var creation = composed.Creation;
                var type = model.GetTypeInfo(creation, context.Token).Type;
                var branch = SymbolEqualityComparer.Default.Equals(type, split.TypeArguments[0]) ? 1
                    : SymbolEqualityComparer.Default.Equals(type, split.TypeArguments[1]) ? 2 : 0;
                if (branch == 0)
                {
                    context.Report(PackDiagnostics.Untranslatable, creation,
                        $"A split branch must create one of the split's two types, not '{type?.Name}'");
                    return condition;
                }
                records.Add(Record(composed, branch, condition ?? "always"));
                return condition;
        }
    }

    // The decision is the outermost ?: condition or switch governing expression; a [Picklist] call in it is the
    // split matrix, so discovery checks the values that route records, not only the values that fill columns.
    private void FindSplitMatrix(ExpressionSyntax returned)
    {
        ExpressionSyntax? decision = returned switch
        {
            ConditionalExpressionSyntax conditional => conditional.Condition,
            SwitchExpressionSyntax switchExpression => switchExpression.GoverningExpression,
            _ => null,
        };
        if (decision is null)
            return;
        foreach (var invocation in decision.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
        {
            if (model.GetSymbolInfo(invocation, context.Token).Symbol is IMethodSymbol called
                && SymbolReading.Attribute(called, MetadataNames.Picklist) is not null)
            {
                SplitMatrix = called.Name;
                SplitMatrixLocation = LocationInfo.From(invocation);
                return;
            }
        }
    }

    private static string Join(string? outer, string inner) => outer is null ? inner : outer + " && " + inner;

    private static BaseObjectCreationExpressionSyntax? Creation(ExpressionSyntax expression) =>
        expression is BaseObjectCreationExpressionSyntax { Initializer: not null } creation ? creation : null;

    private RecordModel Record(SharedColumnsReader.Composition composed, int branch, string? condition)
    {
        var creation = composed.Creation;
        var type = model.GetTypeInfo(creation, context.Token).Type;
        var inventory = SymbolReading.Is(type, MetadataNames.InventoryRow);
        var entity = type is null || inventory ? null : context.Entities.Read(type);
        if (!inventory && entity is null)
        {
            context.Report(PackDiagnostics.InvalidPairSignature, creation, type?.Name ?? "?",
                "creates a type that is not a Dataverse entity ([Table]/[CustomTable])");
        }
        var assignments = new List<AssignmentModel>();
        foreach (var expression in creation.Initializer!.Expressions)
        {
            context.Token.ThrowIfCancellationRequested();
            if (expression is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment)
            {
                context.Report(PackDiagnostics.Untranslatable, expression, "Only 'Column = value' assignments can be read in an initializer");
                continue;
            }
            if (inventory)
            {
                if (assignment.Left is ImplicitElementAccessSyntax { ArgumentList.Arguments: { Count: 1 } arguments }
                    && model.GetConstantValue(arguments[0].Expression, context.Token) is { HasValue: true, Value: string cell })
                {
                    assignments.Add(Value(cell, null, assignment));
                }
                else
                {
                    context.Report(PackDiagnostics.Untranslatable, assignment, "An inventory row is written as [\"Column\"] = value with a constant column name");
                }
                continue;
            }
            if (assignment.Left is not IdentifierNameSyntax target)
            {
                context.Report(PackDiagnostics.Untranslatable, assignment, "Only 'Column = value' assignments can be read in an initializer");
                continue;
            }
            var symbol = model.GetSymbolInfo(target, context.Token).Symbol;
            if (symbol is IPropertySymbol spread && SymbolReading.Attribute(spread, MetadataNames.SpreadsDiscoveredColumns) is not null)
            {
                // The generated Properties member fills the columns discovery decided and the rest column: the pair
                // writes all of them, so a new discovered column needs no edit here.
                Block("it spreads discovered columns");
                var rest = SymbolReading.Attribute(spread.ContainingType, MetadataNames.DiscoveredColumns) is { } declared ? SymbolReading.String(declared, "Rest") : "";
                foreach (var member in spread.ContainingType.GetMembers())
                {
                    if (member is IPropertySymbol && (member.Name == rest || SymbolReading.Attribute(member, MetadataNames.DiscoveredColumn) is not null)
                        && EntityReader.Column(member) is { } spreadColumn)
                    {
                        assignments.Add(Value(member.Name, spreadColumn, assignment));
                    }
                }
                continue;
            }
            assignments.Add(Value(target.Identifier.Text, symbol is null ? null : EntityReader.Column(symbol), assignment));
        }
        foreach (var call in composed.SharedCalls)
            SharedAssignments(call, type, inventory, assignments);
        return new RecordModel(entity, branch, condition, assignments.ToEquatableArray(), LocationInfo.From(creation));
    }

    // Composed(new X { … }) or Shared(Shared2(new X { … }, s, m), s, m): the creation and the [SharedColumns] calls
    // around it, innermost first (the order they run in).
    private SharedColumnsReader.Composition? Composed(ExpressionSyntax expression)
    {
        var calls = new List<(InvocationExpressionSyntax, IMethodSymbol)>();
        while (true)
        {
            expression = SymbolReading.Strip(expression);
            if (Creation(expression) is { } creation)
            {
                calls.Reverse();
                return new SharedColumnsReader.Composition(creation, calls);
            }
            if (expression is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } invocation
                || model.GetSymbolInfo(invocation, context.Token).Symbol is not IMethodSymbol method
                || !context.IsPackMethod(method.OriginalDefinition, MetadataNames.SharedColumns))
            {
                return null;
            }
            calls.Add((invocation, method.OriginalDefinition));
            expression = invocation.ArgumentList.Arguments[0].Expression;
        }
    }

    // The assignments of one [SharedColumns] call, read in its own method with its own source parameter, as if they
    // stood in the record's initializer; their lookups and source reads count for the pair.
    private void SharedAssignments((InvocationExpressionSyntax Call, IMethodSymbol Method) shared, ITypeSymbol? recordType, bool inventory, List<AssignmentModel> assignments)
    {
        var (call, method) = shared;
        if (inventory)
        {
            context.Report(PackDiagnostics.Untranslatable, call, $"Shared columns '{method.Name}' set table columns; an inventory row's cells are written in its own initializer");
            return;
        }
        var arguments = call.ArgumentList.Arguments;
        if (arguments.Count < 2 || !IsSourceParameter(arguments[1].Expression))
        {
            context.Report(PackDiagnostics.Untranslatable, call,
                $"Shared columns '{method.Name}' are called with the pair's own source as the second argument: {method.Name}(new … {{ … }}, {source?.Name ?? "s"}, m)");
            return;
        }
        if (SharedColumnsReader.Read(context, method) is not { } body)
            return;
        // The twin evaluates the shared method's expressions in the pair's own scope: its parameters must be named
        // as the pair's, and be the pair's.
        if (body.Source.Name != source?.Name)
            Block($"shared columns '{method.Name}' name their source '{body.Source.Name}', the pair '{source?.Name}'");
        if (method.Parameters.Length == 3 && !(arguments.Count > 2
            && model.GetSymbolInfo(SymbolReading.Strip(arguments[2].Expression), context.Token).Symbol is IParameterSymbol passed
            && SymbolEqualityComparer.Default.Equals(passed.ContainingSymbol, source?.ContainingSymbol) && passed.Name == method.Parameters[2].Name))
        {
            Block($"shared columns '{method.Name}' are not passed the pair's own context under the same name");
        }
        DirectWriteReading.AddUsings(Usings, body.Syntax.SyntaxTree, context.Token);
        var parser = new BodyParser(context, body.Model, body.Source, sourceMembers);
        foreach (var (column, assignment) in body.Assignments)
        {
            var symbol = recordType is null ? null : SharedColumnsReader.Member(recordType, column);
            assignments.Add(parser.Value(column, symbol is null ? null : EntityReader.Column(symbol), assignment));
            if (DirectWriteReading.Mentions(assignment.Right, method.Parameters[0].Name))
                Block($"shared columns '{method.Name}' read the record they fill ('{column}')");
        }
        References.AddRange(parser.References);
        _sharedReads.UnionWith(parser.MembersRead(body.Syntax));
    }

    private void Block(string reason)
    {
        if (DirectBlocker.Length == 0)
            DirectBlocker = reason;
    }

    private bool IsSourceParameter(ExpressionSyntax expression) =>
        source is not null
        && SymbolReading.Strip(expression) is IdentifierNameSyntax name
        && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, context.Token).Symbol, source);

    private AssignmentModel Value(string property, ColumnModel? column, AssignmentExpressionSyntax assignment)
    {
        var value = assignment.Right;
        var core = SymbolReading.Strip(value);
        var kind = ValueKind.Plain;
        string? lookup = null;
        string? picklist = null;
        string? lossyReason = null;
        var nestedLookupReported = false;
        var lookupLeaves = new List<ReferenceModel>();
        var conditionalLookup = !(core is InvocationExpressionSyntax) && LookupLeaves(core, lookupLeaves) && lookupLeaves.Count > 0;
        foreach (var invocation in value.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
        {
            var method = model.GetSymbolInfo(invocation, context.Token).Symbol as IMethodSymbol;
            if (method is null)
                continue;
            var isCore = invocation == core;
            if (SymbolReading.Is(method.ContainingType, MetadataNames.MapContext))
            {
                if (method.Name is "Ref" or "RefLater" or "Party" or "PartyByEmail")
                {
                    var reference = Reference(invocation, method.Name == "RefLater");
                    if (isCore && method.Name is not ("Party" or "PartyByEmail"))
                    {
                        kind = method.Name == "Ref" ? ValueKind.Ref : ValueKind.RefLater;
                        lookup = reference.Pair ?? reference.Text;
                    }
                    else if (method.Name is not ("Party" or "PartyByEmail") && !conditionalLookup && !nestedLookupReported)
                    {
                        nestedLookupReported = true;
                        context.Report(PackDiagnostics.Untranslatable, value,
                            $"Column '{property}': a lookup is written as m.Ref(Pair, key) or m.RefLater(Pair, key) directly, not inside another expression");
                    }
                }
                else if (method.Name == "Owner" && isCore)
                {
                    kind = ValueKind.Owner;
                }
            }
            else if (SymbolReading.Is(method.ContainingType, MetadataNames.LossyClass))
            {
                var reason = Reason(invocation, method);
                lossyReason ??= reason ?? "";
                if (isCore)
                    kind = ValueKind.Lossy;
            }
            else if (isCore && context.IsPackMethod(method, MetadataNames.Picklist))
            {
                kind = ValueKind.Picklist;
                picklist = method.Name;
            }
        }

        if (conditionalLookup)
        {
            // Each branch names its pair; the writer resolves whichever LookupRef the branch produced.
            kind = lookupLeaves.TrueForAll(l => l.Deferred) ? ValueKind.RefLater : ValueKind.Ref;
            lookup = string.Join(" or ", lookupLeaves.Select(l => l.Pair ?? l.Text).Distinct());
        }

        var read = new SortedSet<string>(System.StringComparer.Ordinal);
        var maxLength = 0;
        var readsDateTime = false;
        var readsCollection = false;
        foreach (var access in value.DescendantNodesAndSelf().OfType<MemberAccessExpressionSyntax>())
        {
            if (!IsSourceAccess(access))
                continue;
            var name = access.Name.Identifier.Text;
            read.Add(name);
            var type = model.GetTypeInfo(access, context.Token).Type;
            if (type is null)
                continue;
            var unwrapped = SymbolReading.Unwrap(type);
            if (unwrapped.SpecialType == SpecialType.System_String)
            {
                foreach (var member in sourceMembers)
                {
                    if (member.Name == name && member.MaxLength > maxLength)
                        maxLength = member.MaxLength;
                }
            }
            readsDateTime |= unwrapped.SpecialType == SpecialType.System_DateTime
                || (unwrapped is INamedTypeSymbol named && SymbolReading.FullName(named) == "System.DateTimeOffset");
            readsCollection |= unwrapped.SpecialType != SpecialType.System_String
                && (unwrapped is IArrayTypeSymbol || unwrapped.AllInterfaces.Any(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T));
        }

        return new AssignmentModel(
            property,
            column,
            value.ToString(),
            read.ToEquatableArray(),
            kind,
            lookup,
            lossyReason,
            picklist,
            maxLength,
            ReadsFraction(value),
            readsDateTime,
            readsCollection,
            LocationInfo.From(assignment))
        {
            PropertyType = DirectWriteReading.PropertyType(model, assignment, context.Token),
        };
    }

    /// <summary>
    /// True when every branch of a conditional or switch is a direct <c>m.Ref</c>/<c>m.RefLater</c>, <c>null</c> or
    /// <c>default</c>; collects the references (already recorded by the caller's scan, so not added again).
    /// </summary>
    private bool LookupLeaves(ExpressionSyntax expression, List<ReferenceModel> leaves)
    {
        expression = SymbolReading.Strip(expression);
        switch (expression)
        {
            case ConditionalExpressionSyntax conditional:
                return LookupLeaves(conditional.WhenTrue, leaves) && LookupLeaves(conditional.WhenFalse, leaves);
            case SwitchExpressionSyntax switchExpression:
                return switchExpression.Arms.All(arm => LookupLeaves(arm.Expression, leaves));
            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression or (int)SyntaxKind.DefaultLiteralExpression }:
                return true;
            case InvocationExpressionSyntax invocation
                when model.GetSymbolInfo(invocation, context.Token).Symbol is IMethodSymbol { Name: "Ref" or "RefLater" } method
                     && SymbolReading.Is(method.ContainingType, MetadataNames.MapContext):
                leaves.Add(PairOf(invocation, method.Name == "RefLater"));
                return true;
            default:
                return false;
        }
    }

    private ReferenceModel Reference(InvocationExpressionSyntax invocation, bool deferred)
    {
        var reference = PairOf(invocation, deferred);
        References.Add(reference);
        return reference;
    }

    private ReferenceModel PairOf(InvocationExpressionSyntax invocation, bool deferred)
    {
        var argument = invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression;
        string? pair = null;
        if (argument is not null)
        {
            var info = model.GetSymbolInfo(argument, context.Token);
            var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
            if (context.IsPackMethod(symbol, MetadataNames.Pair))
                pair = symbol!.Name;
        }
        return new ReferenceModel(pair, argument?.ToString() ?? "", deferred, LocationInfo.From((SyntaxNode?)argument ?? invocation));
    }

    private string? Reason(InvocationExpressionSyntax invocation, IMethodSymbol method)
    {
        var index = -1;
        for (var i = 0; i < method.Parameters.Length; i++)
        {
            if (method.Parameters[i].Name == "reason")
                index = i;
        }
        ArgumentSyntax? argument = null;
        var arguments = invocation.ArgumentList.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].NameColon is { } named ? named.Name.Identifier.Text == "reason" : i == index)
                argument = arguments[i];
        }
        var reason = argument is null ? null : model.GetConstantValue(argument.Expression, context.Token) is { HasValue: true, Value: string text } ? text : null;
        if (string.IsNullOrWhiteSpace(reason))
        {
            context.Report(PackDiagnostics.LossyWithoutReason, (SyntaxNode?)argument ?? invocation, $"Lossy.{method.Name}");
            return null;
        }
        return reason;
    }

    // A cast or Convert.ToInt* from a fractional number drops the fraction.
    private bool ReadsFraction(ExpressionSyntax value)
    {
        foreach (var node in value.DescendantNodesAndSelf())
        {
            ExpressionSyntax? operand = node switch
            {
                CastExpressionSyntax cast => cast.Expression,
                InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } call
                    when model.GetSymbolInfo(call, context.Token).Symbol is IMethodSymbol { Name: "ToInt16" or "ToInt32" or "ToInt64", ContainingType: { Name: "Convert" } }
                    => call.ArgumentList.Arguments[0].Expression,
                _ => null,
            };
            if (operand is null || model.GetTypeInfo(operand, context.Token).Type is not { } type)
                continue;
            if (SymbolReading.Unwrap(type).SpecialType is SpecialType.System_Decimal or SpecialType.System_Double or SpecialType.System_Single)
                return true;
        }
        return false;
    }
}
