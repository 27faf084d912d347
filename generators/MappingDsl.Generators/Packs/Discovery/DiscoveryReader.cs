using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using MappingDsl.Generators.Common;
using Microsoft.CodeAnalysis;

namespace MappingDsl.Generators.Packs.Discovery;

/// <summary>
/// Reads a <c>*.discovery.json</c> snapshot: <c>source</c> and the string lists under <c>values</c>; every other key is
/// skipped. A small strict reader, because System.Text.Json is not guaranteed to load inside the compiler.
/// </summary>
internal static class DiscoveryReader
{
    public static bool IsSnapshot(AdditionalText text) =>
        text.Path.EndsWith(".discovery.json", StringComparison.OrdinalIgnoreCase);

    public static DiscoverySnapshot Read(AdditionalText text, CancellationToken token)
    {
        try
        {
            var content = text.GetText(token)?.ToString() ?? "";
            var reader = new Reader(content);
            var source = "";
            var keys = new List<DiscoveryKey>();
            var choices = new List<DiscoveryChoiceList>();
            var customFields = new List<DiscoveryCustomField>();
            reader.Expect('{');
            if (!reader.TryConsume('}'))
            {
                do
                {
                    token.ThrowIfCancellationRequested();
                    var name = reader.String();
                    reader.Expect(':');
                    if (name == "source")
                        source = reader.String();
                    else if (name == "values")
                        Values(reader, keys);
                    else if (name == "choices")
                        Choices(reader, choices);
                    else if (name == "customFields")
                        CustomFields(reader, customFields);
                    else
                        reader.Skip();
                }
                while (reader.TryConsume(','));
                reader.Expect('}');
            }
            reader.End();
            return new DiscoverySnapshot(text.Path, source, keys.ToEquatableArray(), null) { Choices = choices.ToEquatableArray(), CustomFields = customFields.ToEquatableArray() };
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            // Malformed input (FormatException) or anything unforeseen: the pack reports it (MDSL005) at the file.
            return new DiscoverySnapshot(text.Path, "", EquatableArray<DiscoveryKey>.Empty, e.Message);
        }
    }

    private static void Values(Reader reader, List<DiscoveryKey> keys)
    {
        reader.Expect('{');
        if (reader.TryConsume('}'))
            return;
        do
        {
            var key = reader.String();
            reader.Expect(':');
            var values = new List<string>();
            reader.Expect('[');
            if (!reader.TryConsume(']'))
            {
                do
                    values.Add(reader.String());
                while (reader.TryConsume(','));
                reader.Expect(']');
            }
            keys.Add(new DiscoveryKey(key, values.ToEquatableArray()));
        }
        while (reader.TryConsume(','));
        reader.Expect('}');
    }

    // "choices": { "tags": { "amer": 100000000, … } } — labels with the option values discovery fixed for them.
    private static void Choices(Reader reader, List<DiscoveryChoiceList> lists)
    {
        reader.Expect('{');
        if (reader.TryConsume('}'))
            return;
        do
        {
            var name = reader.String();
            reader.Expect(':');
            var options = new List<string>();
            reader.Expect('{');
            if (!reader.TryConsume('}'))
            {
                do
                {
                    var label = reader.String();
                    reader.Expect(':');
                    options.Add(reader.Integer().ToString(System.Globalization.CultureInfo.InvariantCulture) + "=" + label);
                }
                while (reader.TryConsume(','));
                reader.Expect('}');
            }
            lists.Add(new DiscoveryChoiceList(name, options.ToEquatableArray()));
        }
        while (reader.TryConsume(','));
        reader.Expect('}');
    }

    // "customFields": [ { "module": "company", "name": "textCustomField1", "label": "Region", "type": "Text",
    //   "options": [], "recordModules": ["company"], "filled": 412, "fillRate": 0.824 }, … ]; unknown keys are skipped.
    private static void CustomFields(Reader reader, List<DiscoveryCustomField> fields)
    {
        reader.Expect('[');
        if (reader.TryConsume(']'))
            return;
        do
        {
            string module = "", name = "", label = "", type = "", fillRate = "";
            var recordModules = new List<string>();
            reader.Expect('{');
            if (!reader.TryConsume('}'))
            {
                do
                {
                    var key = reader.String();
                    reader.Expect(':');
                    switch (key)
                    {
                        case "module": module = reader.String(); break;
                        case "name": name = reader.String(); break;
                        case "label": label = reader.NullableString(); break;
                        case "type": type = reader.String(); break;
                        case "fillRate": fillRate = reader.Scalar(); break;
                        case "recordModules":
                            reader.Expect('[');
                            if (!reader.TryConsume(']'))
                            {
                                do
                                    recordModules.Add(reader.String());
                                while (reader.TryConsume(','));
                                reader.Expect(']');
                            }
                            break;
                        default: reader.Skip(); break;
                    }
                }
                while (reader.TryConsume(','));
                reader.Expect('}');
            }
            if (recordModules.Count == 0)
                recordModules.Add(module);
            fields.Add(new DiscoveryCustomField(module, name, label, type, recordModules.ToEquatableArray(), fillRate));
        }
        while (reader.TryConsume(','));
        reader.Expect(']');
    }

    private sealed class Reader(string text)
    {
        private int _at;

        public void Expect(char c)
        {
            if (!TryConsume(c))
                throw Error($"expected '{c}'");
        }

        public bool TryConsume(char c)
        {
            SkipSpace();
            if (_at < text.Length && text[_at] == c)
            {
                _at++;
                return true;
            }
            return false;
        }

        public void End()
        {
            SkipSpace();
            if (_at != text.Length)
                throw Error("unexpected text after the end");
        }

        public string String()
        {
            Expect('"');
            var value = new StringBuilder();
            while (true)
            {
                if (_at >= text.Length)
                    throw Error("unterminated string");
                var c = text[_at++];
                if (c == '"')
                    return value.ToString();
                if (c != '\\')
                {
                    value.Append(c);
                    continue;
                }
                if (_at >= text.Length)
                    throw Error("unterminated escape");
                var escape = text[_at++];
                switch (escape)
                {
                    case 'n': value.Append('\n'); break;
                    case 'r': value.Append('\r'); break;
                    case 't': value.Append('\t'); break;
                    case 'b': value.Append('\b'); break;
                    case 'f': value.Append('\f'); break;
                    case 'u':
                        if (_at + 4 > text.Length || !int.TryParse(text.Substring(_at, 4), System.Globalization.NumberStyles.HexNumber, null, out var code))
                            throw Error("bad \\u escape");
                        value.Append((char)code);
                        _at += 4;
                        break;
                    default: value.Append(escape); break;
                }
            }
        }

        /// <summary>A string, or <c>null</c> read as an empty string.</summary>
        public string NullableString()
        {
            SkipSpace();
            if (_at < text.Length && text[_at] == 'n')
                return Scalar() == "null" ? "" : throw Error("expected a string");
            return String();
        }

        /// <summary>A number, <c>true</c>, <c>false</c> or <c>null</c>, as its text.</summary>
        public string Scalar()
        {
            SkipSpace();
            var start = _at;
            while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] is '-' or '+' or '.'))
                _at++;
            return start == _at ? throw Error("expected a value") : text.Substring(start, _at - start);
        }

        public int Integer()
        {
            SkipSpace();
            var start = _at;
            while (_at < text.Length && (char.IsDigit(text[_at]) || (_at == start && text[_at] == '-')))
                _at++;
            return int.TryParse(text.Substring(start, _at - start), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)
                ? value
                : throw Error("expected an integer");
        }

        public void Skip()
        {
            SkipSpace();
            if (_at >= text.Length)
                throw Error("expected a value");
            switch (text[_at])
            {
                case '"':
                    String();
                    return;
                case '{':
                    _at++;
                    if (TryConsume('}'))
                        return;
                    do
                    {
                        String();
                        Expect(':');
                        Skip();
                    }
                    while (TryConsume(','));
                    Expect('}');
                    return;
                case '[':
                    _at++;
                    if (TryConsume(']'))
                        return;
                    do
                        Skip();
                    while (TryConsume(','));
                    Expect(']');
                    return;
                default:
                    var start = _at;
                    while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] is '-' or '+' or '.'))
                        _at++;
                    if (start == _at)
                        throw Error("expected a value");
                    return;
            }
        }

        private void SkipSpace()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
                _at++;
        }

        private FormatException Error(string message) => new($"{message} at offset {_at}");
    }
}
