using System.Collections.Generic;
using System.Linq;
using HealthPlan.Catalogue.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HealthPlan.Catalogue.Generators.Parse;

/// <summary>
/// Reads the fields of one JSON object, reporting a located diagnostic for every field that is
/// missing, of the wrong type, out of range, repeated or unknown. Each accessor returns null when the
/// field is unusable, so the caller carries on and the user sees every problem in one build.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonFileContext _file;
    private readonly JsonObject _object;
    private readonly string _what;
    private readonly Dictionary<string, JsonProperty> _properties = new();
    private readonly string[] _known;

    public JsonObjectReader(JsonFileContext file, JsonObject json, string what, params string[] known)
    {
        _file = file;
        _object = json;
        _what = what;
        _known = known;
        foreach (var property in json.Properties)
        {
            if (_properties.ContainsKey(property.Name))
            {
                file.Report(DiagnosticDescriptors.DuplicateProperty, property.NameSpan, property.Name);
                continue;
            }

            _properties.Add(property.Name, property);
            if (!known.Contains(property.Name))
            {
                file.Report(DiagnosticDescriptors.UnknownProperty, property.NameSpan, property.Name, what, string.Join(", ", known));
            }
        }
    }

    /// <summary>The object's opening brace: where "missing field" diagnostics point.</summary>
    public TextSpan Span => _object.Span;

    public string What => _what;

    public JsonNode? Node(string name)
        => _properties.TryGetValue(name, out var property) && property.Value.Kind != JsonKind.Null ? property.Value : null;

    public TextSpan SpanOf(string name) => Node(name)?.Span ?? _object.Span;

    public bool Has(string name) => Node(name) is not null;

    public string? String(string name, bool required)
    {
        var node = Get(name, required);
        if (node is null)
        {
            return null;
        }

        if (node is JsonString text)
        {
            return text.Value;
        }

        WrongType(name, node, "a string");
        return null;
    }

    public double? Number(string name, bool required) => NumberNode(name, required)?.Value;

    public JsonNumber? NumberNode(string name, bool required)
    {
        var node = Get(name, required);
        if (node is null)
        {
            return null;
        }

        if (node is not JsonNumber number)
        {
            WrongType(name, node, "a number");
            return null;
        }

        if (number.Value is null)
        {
            _file.Report(DiagnosticDescriptors.NumberOutOfRange, number.Span, name, "a finite number that fits a double", number.Raw);
            return null;
        }

        return number;
    }

    public int? Integer(string name, bool required, int min, int max)
    {
        var number = NumberNode(name, required);
        if (number?.Value is not double value)
        {
            return null;
        }

        if (value != System.Math.Floor(value))
        {
            WrongType(name, number, "a whole number");
            return null;
        }

        if (value < min || value > max)
        {
            _file.Report(DiagnosticDescriptors.NumberOutOfRange, number.Span, name, $"between {min} and {max}", number.Raw);
            return null;
        }

        return (int)value;
    }

    public bool? Boolean(string name)
    {
        var node = Get(name, required: false);
        if (node is null)
        {
            return null;
        }

        if (node.Kind is JsonKind.True or JsonKind.False)
        {
            return node.Kind == JsonKind.True;
        }

        WrongType(name, node, "true or false");
        return null;
    }

    public JsonObject? Object(string name, bool required)
    {
        var node = Get(name, required);
        if (node is null || node is JsonObject)
        {
            return node as JsonObject;
        }

        WrongType(name, node, "an object");
        return null;
    }

    public JsonArray? Array(string name, bool required)
    {
        var node = Get(name, required);
        if (node is null || node is JsonArray)
        {
            return node as JsonArray;
        }

        WrongType(name, node, "an array");
        return null;
    }

    /// <summary>A string from a closed vocabulary, mapped to its runtime name.</summary>
    public string? Choice(string name, bool required, IReadOnlyDictionary<string, string> choices, string kindOfValue)
    {
        string? value = String(name, required);
        if (value is null)
        {
            return null;
        }

        if (choices.TryGetValue(value, out var mapped))
        {
            return mapped;
        }

        _file.Report(DiagnosticDescriptors.UnknownValue, SpanOf(name), kindOfValue, value, Vocabulary.List(choices.Keys));
        return null;
    }

    private JsonNode? Get(string name, bool required)
    {
        if (_properties.TryGetValue(name, out var property))
        {
            if (property.Value.Kind != JsonKind.Null)
            {
                return property.Value;
            }

            if (required)
            {
                WrongType(name, property.Value, "set");
            }

            return null;
        }

        if (required)
        {
            _file.Report(DiagnosticDescriptors.MissingField, _object.Span, _what, name);
        }

        return null;
    }

    private void WrongType(string name, JsonNode node, string expected)
        => _file.Report(DiagnosticDescriptors.WrongType, node.Span, name, expected, node.Description);
}

/// <summary>The file being parsed and the diagnostics found in it so far.</summary>
internal sealed class JsonFileContext
{
    private readonly SourceText _text;

    public JsonFileContext(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public string Path { get; }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public bool HasErrors { get; private set; }

    public LocationInfo Locate(TextSpan span) => new(Path, span, _text.Lines.GetLinePositionSpan(span));

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params string[] arguments)
        => Report(descriptor, Locate(span), arguments);

    public void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
    {
        HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
        Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
    }
}
