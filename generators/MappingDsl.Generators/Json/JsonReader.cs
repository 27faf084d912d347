using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace MappingDsl.Generators.Json;

/// <summary>
/// A strict RFC 8259 reader that builds a <see cref="JsonNode"/> tree from a string.
/// </summary>
/// <remarks>
/// Hand-written rather than System.Text.Json: a netstandard2.0 generator would have to ship System.Text.Json and its
/// dependencies next to itself, and a compiler host that already loaded another version (Visual Studio, older SDKs)
/// may refuse or mix them. This reader has no dependencies. It rejects comments, trailing commas, duplicate member
/// names, leading zeros, unescaped control characters, lone surrogate escapes and anything after the value, so a
/// damaged snapshot fails loudly instead of producing half an entity. Strings without escapes are taken with one
/// <see cref="string.Substring(int, int)"/>; nesting is capped so a hostile file cannot overflow the compiler's stack.
/// </remarks>
internal sealed class JsonReader
{
    private const int MaxDepth = 64;

    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private readonly List<JsonNode> _itemBuffer = [];
    private readonly List<KeyValuePair<string, JsonNode>> _memberBuffer = [];
    private StringBuilder? _escaped;
    private int _position;
    private int _depth;

    private JsonReader(string text, CancellationToken cancellationToken)
    {
        _text = text;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Parses one JSON document.</summary>
    /// <exception cref="JsonSyntaxException">The text is not one well-formed JSON value.</exception>
    public static JsonNode Parse(string text, CancellationToken cancellationToken = default)
    {
        var reader = new JsonReader(text, cancellationToken);
        if (reader._position < text.Length && text[reader._position] == '\uFEFF')
            reader._position++;
        reader.SkipWhitespace();
        var value = reader.ReadValue();
        reader.SkipWhitespace();
        if (reader._position < text.Length)
            throw reader.Error("Unexpected content after the JSON value");
        return value;
    }

    private JsonNode ReadValue()
    {
        if (_position >= _text.Length)
            throw Error("Unexpected end of input, expected a value");
        switch (_text[_position])
        {
            case '{': return ReadObject();
            case '[': return ReadArray();
            case '"': return JsonNode.String(ReadString());
            case 't': ReadLiteral("true"); return JsonNode.True;
            case 'f': ReadLiteral("false"); return JsonNode.False;
            case 'n': ReadLiteral("null"); return JsonNode.Null;
            default:
                var c = _text[_position];
                if (c == '-' || (c >= '0' && c <= '9'))
                    return ReadNumber();
                throw Error($"Unexpected character '{Printable(c)}', expected a value");
        }
    }

    private JsonNode ReadObject()
    {
        Enter();
        _position++;
        SkipWhitespace();
        // Members of nested objects go on the shared buffer above this object's start and are copied out on close,
        // so there is one growing list for the whole document instead of one per object.
        var start = _memberBuffer.Count;
        if (Peek() == '}')
        {
            _position++;
            _depth--;
            return JsonNode.Object([]);
        }
        while (true)
        {
            if (Peek() != '"')
                throw Error("Expected a member name in double quotes");
            var nameStart = _position;
            var name = ReadString();
            for (var i = start; i < _memberBuffer.Count; i++)
            {
                if (string.Equals(_memberBuffer[i].Key, name, StringComparison.Ordinal))
                {
                    _position = nameStart;
                    throw Error($"Duplicate member name '{name}'");
                }
            }
            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            var value = ReadValue();
            _memberBuffer.Add(new KeyValuePair<string, JsonNode>(name, value));
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == '}')
                break;
            if (next != ',')
            {
                _position--;
                throw Error("Expected ',' or '}' in an object");
            }
            SkipWhitespace();
        }
        var members = new KeyValuePair<string, JsonNode>[_memberBuffer.Count - start];
        _memberBuffer.CopyTo(start, members, 0, members.Length);
        _memberBuffer.RemoveRange(start, members.Length);
        _depth--;
        return JsonNode.Object(members);
    }

    private JsonNode ReadArray()
    {
        Enter();
        _position++;
        SkipWhitespace();
        var start = _itemBuffer.Count;
        if (Peek() == ']')
        {
            _position++;
            _depth--;
            return JsonNode.Array([]);
        }
        while (true)
        {
            _itemBuffer.Add(ReadValue());
            SkipWhitespace();
            var next = Peek();
            _position++;
            if (next == ']')
                break;
            if (next != ',')
            {
                _position--;
                throw Error("Expected ',' or ']' in an array");
            }
            SkipWhitespace();
        }
        var items = new JsonNode[_itemBuffer.Count - start];
        _itemBuffer.CopyTo(start, items, 0, items.Length);
        _itemBuffer.RemoveRange(start, items.Length);
        _depth--;
        return JsonNode.Array(items);
    }

    private string ReadString()
    {
        var open = _position;
        _position++;
        var start = _position;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                return _text.Substring(start, _position - 1 - start);
            }
            if (c == '\\')
                return ReadEscapedString(start);
            if (c < ' ')
                throw Error("Unescaped control character in a string");
            _position++;
        }
        _position = open;
        throw Error("Unterminated string");
    }

    private string ReadEscapedString(int start)
    {
        var text = _escaped ??= new StringBuilder();
        text.Clear().Append(_text, start, _position - start);
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                return text.ToString();
            }
            if (c < ' ')
                throw Error("Unescaped control character in a string");
            if (c != '\\')
            {
                text.Append(c);
                _position++;
                continue;
            }
            _position++;
            if (_position >= _text.Length)
                break;
            var escape = _text[_position];
            switch (escape)
            {
                case '"': text.Append('"'); break;
                case '\\': text.Append('\\'); break;
                case '/': text.Append('/'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u':
                    text.Append(ReadUnicodeEscape());
                    continue;
                default:
                    throw Error($"Invalid escape '\\{Printable(escape)}'");
            }
            _position++;
        }
        throw Error("Unterminated string");
    }

    /// <summary>Reads <c>uXXXX</c> (the backslash already consumed), pairing surrogates so no lone half gets through.</summary>
    private string ReadUnicodeEscape()
    {
        var first = ReadHex4();
        if (char.IsLowSurrogate(first))
            throw Error("Lone low surrogate escape");
        if (!char.IsHighSurrogate(first))
            return first.ToString();
        if (_position + 1 >= _text.Length || _text[_position] != '\\' || _text[_position + 1] != 'u')
            throw Error("High surrogate escape without its low half");
        _position++;
        var second = ReadHex4();
        if (!char.IsLowSurrogate(second))
            throw Error("High surrogate escape without its low half");
        return new string([first, second]);
    }

    private char ReadHex4()
    {
        // _position is on the 'u'.
        if (_position + 4 >= _text.Length)
            throw Error("Truncated \\u escape");
        var value = 0;
        for (var i = 1; i <= 4; i++)
        {
            var c = _text[_position + i];
            int digit;
            if (c >= '0' && c <= '9')
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            else
            {
                _position += i;
                throw Error("Invalid hex digit in \\u escape");
            }
            value = (value << 4) | digit;
        }
        _position += 5;
        return (char)value;
    }

    private JsonNode ReadNumber()
    {
        var start = _position;
        if (Peek() == '-')
            _position++;
        if (Peek() == '0')
        {
            _position++;
            if (IsDigit(Peek()))
                throw Error("Leading zeros are not allowed in numbers");
        }
        else if (!ReadDigits())
            throw Error("Expected a digit");
        if (Peek() == '.')
        {
            _position++;
            if (!ReadDigits())
                throw Error("Expected a digit after the decimal point");
        }
        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-')
                _position++;
            if (!ReadDigits())
                throw Error("Expected a digit in the exponent");
        }
        return JsonNode.Number(_text.Substring(start, _position - start));
    }

    private bool ReadDigits()
    {
        var start = _position;
        while (IsDigit(Peek()))
            _position++;
        return _position > start;
    }

    private void ReadLiteral(string literal)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
            throw Error($"Invalid literal, expected '{literal}'");
        _position += literal.Length;
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
            throw Error($"Nesting deeper than {MaxDepth} levels");
        _cancellationToken.ThrowIfCancellationRequested();
    }

    private void Expect(char c)
    {
        if (Peek() != c)
            throw Error($"Expected '{c}'");
        _position++;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
            _position++;
    }

    private static string Printable(char c) => c < ' ' ? $"\\u{(int)c:x4}" : c.ToString();

    private JsonSyntaxException Error(string message)
    {
        if (_position >= _text.Length && !message.StartsWith("Unexpected end", StringComparison.Ordinal))
            message = "Unexpected end of input: " + char.ToLowerInvariant(message[0]) + message.Substring(1);
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(_position, _text.Length);
        for (var i = 0; i < end; i++)
        {
            if (_text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonSyntaxException(message, line, end - lineStart + 1);
    }
}
