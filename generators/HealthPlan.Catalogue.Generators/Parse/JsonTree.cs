using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace HealthPlan.Catalogue.Generators.Parse;

// A small JSON tree that remembers where each token is, so every diagnostic can point at the exact
// line and column of the offending value. System.Text.Json's own DOM keeps no positions.

internal enum JsonTreeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

internal abstract class JsonTreeNode
{
    protected JsonTreeNode(JsonTreeKind kind, TextSpan span)
    {
        Kind = kind;
        Span = span;
    }

    public JsonTreeKind Kind { get; }

    /// <summary>The token's characters in the file (for objects and arrays, the opening bracket).</summary>
    public TextSpan Span { get; }

    /// <summary>How the token is described in messages: "a string", "an array".</summary>
    public string Description => Kind switch
    {
        JsonTreeKind.Object => "an object",
        JsonTreeKind.Array => "an array",
        JsonTreeKind.String => "a string",
        JsonTreeKind.Number => "a number",
        JsonTreeKind.True or JsonTreeKind.False => "a boolean",
        _ => "null",
    };
}

internal sealed class JsonTreeObject : JsonTreeNode
{
    public JsonTreeObject(TextSpan span, JsonTreeProperty[] properties)
        : base(JsonTreeKind.Object, span) => Properties = properties;

    public IReadOnlyList<JsonTreeProperty> Properties { get; }
}

internal readonly struct JsonTreeProperty
{
    public JsonTreeProperty(string name, TextSpan nameSpan, JsonTreeNode value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }

    public TextSpan NameSpan { get; }

    public JsonTreeNode Value { get; }
}

internal sealed class JsonTreeArray : JsonTreeNode
{
    public JsonTreeArray(TextSpan span, JsonTreeNode[] items)
        : base(JsonTreeKind.Array, span) => Items = items;

    public IReadOnlyList<JsonTreeNode> Items { get; }
}

internal sealed class JsonTreeString : JsonTreeNode
{
    public JsonTreeString(TextSpan span, string value)
        : base(JsonTreeKind.String, span) => Value = value;

    public string Value { get; }
}

internal sealed class JsonTreeNumber : JsonTreeNode
{
    public JsonTreeNumber(TextSpan span, double? value, string raw)
        : base(JsonTreeKind.Number, span)
    {
        Value = value;
        Raw = raw;
    }

    /// <summary>The number, or null when it does not fit a double.</summary>
    public double? Value { get; }

    /// <summary>The number as written, which keeps its stated precision (6.30 has two decimals).</summary>
    public string Raw { get; }
}

internal sealed class JsonTreeLiteral : JsonTreeNode
{
    public JsonTreeLiteral(JsonTreeKind kind, TextSpan span)
        : base(kind, span)
    {
    }
}
