using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace HealthPlan.Catalogue.Generators.Parse;

// A small JSON tree that remembers where each token is, so every diagnostic can point at the exact
// line and column of the offending value. System.Text.Json's own DOM keeps no positions.

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

internal abstract class JsonNode
{
    protected JsonNode(JsonKind kind, TextSpan span)
    {
        Kind = kind;
        Span = span;
    }

    public JsonKind Kind { get; }

    /// <summary>The token's characters in the file (for objects and arrays, the opening bracket).</summary>
    public TextSpan Span { get; }

    /// <summary>How the token is described in messages: "a string", "an array".</summary>
    public string Description => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.True or JsonKind.False => "a boolean",
        _ => "null",
    };
}

internal sealed class JsonObject : JsonNode
{
    public JsonObject(TextSpan span, List<JsonProperty> properties)
        : base(JsonKind.Object, span) => Properties = properties;

    public List<JsonProperty> Properties { get; }
}

internal sealed class JsonProperty
{
    public JsonProperty(string name, TextSpan nameSpan, JsonNode value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }

    public TextSpan NameSpan { get; }

    public JsonNode Value { get; }
}

internal sealed class JsonArray : JsonNode
{
    public JsonArray(TextSpan span, List<JsonNode> items)
        : base(JsonKind.Array, span) => Items = items;

    public List<JsonNode> Items { get; }
}

internal sealed class JsonString : JsonNode
{
    public JsonString(TextSpan span, string value)
        : base(JsonKind.String, span) => Value = value;

    public string Value { get; }
}

internal sealed class JsonNumber : JsonNode
{
    public JsonNumber(TextSpan span, double? value, string raw)
        : base(JsonKind.Number, span)
    {
        Value = value;
        Raw = raw;
    }

    /// <summary>The number, or null when it does not fit a double.</summary>
    public double? Value { get; }

    /// <summary>The number as written, which keeps its stated precision (6.30 has two decimals).</summary>
    public string Raw { get; }
}

internal sealed class JsonLiteral : JsonNode
{
    public JsonLiteral(JsonKind kind, TextSpan span)
        : base(kind, span)
    {
    }
}
