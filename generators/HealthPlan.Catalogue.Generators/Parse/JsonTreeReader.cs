using System;
using System.Collections.Generic;
using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis.Text;

namespace HealthPlan.Catalogue.Generators.Parse;

/// <summary>The outcome of reading JSON: a tree, or the reader's error and where it happened.</summary>
internal readonly struct JsonReadResult
{
    public JsonReadResult(JsonTreeNode? root, string? error, int errorOffset)
    {
        Root = root;
        Error = error;
        ErrorOffset = errorOffset;
    }

    public JsonTreeNode? Root { get; }

    public string? Error { get; }

    /// <summary>The character offset in the file where reading stopped.</summary>
    public int ErrorOffset { get; }
}

/// <summary>
/// Reads JSON text into a <see cref="JsonTreeNode"/> tree with character spans, using
/// <see cref="Utf8JsonReader"/> (comments and trailing commas allowed, depth limited to 64).
/// </summary>
internal sealed class JsonTreeReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    private readonly byte[] _utf8;
    private readonly int _length;

    // Property names repeat in every object of a file: each distinct name becomes a string once.
    private readonly NameCache _names = new();

    // Objects and arrays collect their members here, one list per depth, and keep an array of exact size.
    private readonly List<List<JsonTreeProperty>> _propertyScratch = new();
    private readonly List<List<JsonTreeNode>> _itemScratch = new();
    private int _depth;

    // Tokens arrive in file order, so byte offsets convert to character offsets with a moving cursor.
    private int _cursorByte;
    private int _cursorChar;

    private JsonTreeReader(byte[] utf8, int length)
    {
        _utf8 = utf8;
        _length = length;
    }

    public static JsonReadResult Read(SourceText text)
    {
        string content = text.ToString();
        if (IsBlank(content))
        {
            return new JsonReadResult(null, "the file is empty: a plan file holds one JSON object", 0);
        }

        // The bytes are needed only while the tree is read: borrow them.
        int length = Encoding.UTF8.GetByteCount(content);
        byte[] utf8 = ArrayPool<byte>.Shared.Rent(length);
        Encoding.UTF8.GetBytes(content, 0, content.Length, utf8, 0);
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(utf8, 0, length), Options);
        var tree = new JsonTreeReader(utf8, length);
        try
        {
            if (!reader.Read())
            {
                return new JsonReadResult(null, "the file holds no JSON value", 0);
            }

            var root = tree.ReadValue(ref reader);
            if (reader.Read())
            {
                return new JsonReadResult(null, "unexpected content after the end of the JSON value", tree.ToCharOffset((int)reader.TokenStartIndex));
            }

            return new JsonReadResult(root, null, 0);
        }
        catch (JsonException exception)
        {
            int line = (int)(exception.LineNumber ?? 0);
            int bytePosition = (int)(exception.BytePositionInLine ?? 0);
            return new JsonReadResult(null, Describe(exception), Math.Min(tree.ErrorOffset(line, bytePosition), text.Length));
        }
        catch (InvalidOperationException)
        {
            // GetString() rejects a \uD800-\uDFFF escape without its other half; the reader stands on that string.
            int at = tree.ToCharOffset((int)reader.TokenStartIndex);
            return new JsonReadResult(null, "a string holds a \\u escape of half a surrogate pair (\\uD800-\\uDFFF) without the other half", at);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    private JsonTreeNode ReadValue(ref Utf8JsonReader reader)
    {
        int start = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var span = Span(start, (int)reader.BytesConsumed);
                var properties = Scratch(_propertyScratch);
                _depth++;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    string name = reader.ValueIsEscaped ? reader.GetString()! : _names.Get(reader.ValueSpan);
                    var nameSpan = Span((int)reader.TokenStartIndex, (int)reader.BytesConsumed);
                    reader.Read();
                    properties.Add(new JsonTreeProperty(name, nameSpan, ReadValue(ref reader)));
                }

                _depth--;
                return new JsonTreeObject(span, properties.ToArray());
            }

            case JsonTokenType.StartArray:
            {
                var span = Span(start, (int)reader.BytesConsumed);
                var items = Scratch(_itemScratch);
                _depth++;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader));
                }

                _depth--;
                return new JsonTreeArray(span, items.ToArray());
            }

            case JsonTokenType.String:
                return new JsonTreeString(Span(start, (int)reader.BytesConsumed), reader.GetString()!);
            case JsonTokenType.Number:
            {
                string raw = Encoding.UTF8.GetString(_utf8, start, (int)reader.BytesConsumed - start);
                double? value = reader.TryGetDouble(out double number) && !double.IsInfinity(number) ? number : null;
                return new JsonTreeNumber(Span(start, (int)reader.BytesConsumed), value, raw);
            }

            case JsonTokenType.True:
                return new JsonTreeLiteral(JsonTreeKind.True, Span(start, (int)reader.BytesConsumed));
            case JsonTokenType.False:
                return new JsonTreeLiteral(JsonTreeKind.False, Span(start, (int)reader.BytesConsumed));
            default:
                return new JsonTreeLiteral(JsonTreeKind.Null, Span(start, (int)reader.BytesConsumed));
        }
    }

    /// <summary>The empty member list of the current depth.</summary>
    private List<T> Scratch<T>(List<List<T>> byDepth)
    {
        while (byDepth.Count <= _depth)
        {
            byDepth.Add(new List<T>());
        }

        var list = byDepth[_depth];
        list.Clear();
        return list;
    }

    private static bool IsBlank(string content)
    {
        foreach (char c in content)
        {
            if (c is not ('\uFEFF' or ' ' or '\t' or '\r' or '\n'))
            {
                return false;
            }
        }

        return true;
    }

    private TextSpan Span(int startByte, int endByte)
    {
        int start = ToCharOffset(startByte);
        return TextSpan.FromBounds(start, ToCharOffset(endByte));
    }

    private int ToCharOffset(int byteOffset)
    {
        if (byteOffset < _cursorByte)
        {
            _cursorByte = 0;
            _cursorChar = 0;
        }

        _cursorChar += Encoding.UTF8.GetCharCount(_utf8, _cursorByte, byteOffset - _cursorByte);
        _cursorByte = byteOffset;
        return _cursorChar;
    }

    /// <summary>
    /// The character offset of the reader's error position. The reader counts lines at '\n' only and columns
    /// in bytes, while the text also breaks lines at '\r' alone and U+2028, so go through the byte offset.
    /// </summary>
    private int ErrorOffset(int line, int bytePosition)
    {
        int lineStart = 0;
        for (int i = 0; i < line && lineStart < _length; i++)
        {
            int next = Array.IndexOf(_utf8, (byte)'\n', lineStart, _length - lineStart);
            lineStart = next < 0 ? _length : next + 1;
        }

        return Encoding.UTF8.GetCharCount(_utf8, 0, Math.Min(lineStart + bytePosition, _length));
    }

    /// <summary>The reader's message without its own position suffix, which the diagnostic's location already gives.</summary>
    private static string Describe(JsonException exception)
    {
        string message = exception.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message.Substring(0, cut) : message).TrimEnd();
    }

    /// <summary>The distinct property names of one file, found by their UTF-8 bytes.</summary>
    private sealed class NameCache
    {
        private readonly List<(byte[] Utf8, string Name)> _names = new();

        public string Get(ReadOnlySpan<byte> utf8)
        {
            foreach (var (bytes, name) in _names)
            {
                if (utf8.SequenceEqual(bytes))
                {
                    return name;
                }
            }

            string added = Encoding.UTF8.GetString(utf8.ToArray());
            _names.Add((utf8.ToArray(), added));
            return added;
        }
    }
}
