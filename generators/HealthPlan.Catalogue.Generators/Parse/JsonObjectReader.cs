using System.Collections.Generic;
using System.Linq;
using HealthPlan.Catalogue.Generators.Diagnostics;
using HealthPlan.Catalogue.Generators.Shared;
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
    private readonly JsonTreeObject _object;
    private readonly Subject _what;

    /// <param name="file">The file being read, which collects the diagnostics.</param>
    /// <param name="json">The object.</param>
    /// <param name="what">What the object is, for messages.</param>
    /// <param name="known">The fields the object may have (a static array: objects are read by the thousand).</param>
    public JsonObjectReader(JsonFileContext file, JsonTreeObject json, Subject what, string[] known)
    {
        _file = file;
        _object = json;
        _what = what;

        // Objects have a dozen fields at most: scanning them beats building a dictionary per object.
        var properties = json.Properties;
        for (int i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (Find(property.Name, before: i) is not null)
            {
                file.Report(DiagnosticDescriptors.DuplicateProperty, property.NameSpan, property.Name);
            }
            else if (System.Array.IndexOf(known, property.Name) < 0)
            {
                string hint = Suggestions.Closest(property.Name, known) is { } closest
                    ? Suggestions.DidYouMean(closest)
                    : "check its spelling: known properties are " + string.Join(", ", known);
                file.Report(DiagnosticDescriptors.UnknownProperty, property.NameSpan, property.Name, what.ToString(), hint);
            }
        }
    }

    /// <summary>The object's opening brace: where "missing field" diagnostics point.</summary>
    public TextSpan Span => _object.Span;

    public Subject What => _what;

    public JsonTreeNode? Node(string name)
        => Find(name, before: _object.Properties.Count) is { } property && property.Value.Kind != JsonTreeKind.Null ? property.Value : null;

    public TextSpan SpanOf(string name) => Node(name)?.Span ?? _object.Span;

    public bool Has(string name) => Node(name) is not null;

    public string? String(string name, bool required)
    {
        var node = Get(name, required);
        if (node is null)
        {
            return null;
        }

        if (node is JsonTreeString text)
        {
            if (text.Value.Length > _file.Limits.MaxStringLength)
            {
                _file.Report(DiagnosticDescriptors.OverLimit, node.Span, $"'{name}' is {Count(text.Value.Length)} characters long", $"{Count(_file.Limits.MaxStringLength)} characters; shorten it (quote only the words that hold the number)");
                return null;
            }

            return text.Value;
        }

        WrongType(name, node, "a string");
        return null;
    }

    public double? Number(string name, bool required) => NumberNode(name, required)?.Value;

    public JsonTreeNumber? NumberNode(string name, bool required)
    {
        var node = Get(name, required);
        if (node is null)
        {
            return null;
        }

        if (node is not JsonTreeNumber number)
        {
            WrongType(name, node, "a number");
            return null;
        }

        if (number.Value is null)
        {
            _file.Report(DiagnosticDescriptors.NumberOutOfRange, number.Span, name, "a finite number that fits a double", number.Raw);
            return null;
        }

        if (PrecisionProblem(number.Raw, number.Value.Value) is { } expected)
        {
            _file.Report(DiagnosticDescriptors.NumberOutOfRange, number.Span, name, expected, number.Raw);
            return null;
        }

        return number;
    }

    /// <summary>The largest number every output holds: FHIR and the exports write numbers as decimals (±7.9 × 10^28).</summary>
    private static readonly double LargestExported = (double)decimal.MaxValue;

    /// <summary>The significant digits a double keeps: a number written with more would be stored as another number.</summary>
    private const int SignificantDigits = 15;

    /// <summary>
    /// What a number written as <paramref name="raw"/> must be when it cannot be kept as written: larger than every output
    /// holds, more digits than a double keeps (0.10000000000000000001), or so small it became 0 (1e-400); else null.
    /// </summary>
    private static string? PrecisionProblem(string raw, double value)
    {
        if (System.Math.Abs(value) > LargestExported)
        {
            return "at most 7.9e28 in size (the largest number FHIR and the exports hold)";
        }

        // The digits of the mantissa from the first that is not 0; an integer's trailing zeros say nothing of precision.
        int exponent = raw.IndexOfAny(new[] { 'e', 'E' });
        string mantissa = exponent < 0 ? raw : raw.Substring(0, exponent);
        if (mantissa.IndexOf('.') < 0)
        {
            mantissa = mantissa.TrimEnd('0');
        }

        string significant = new string(mantissa.Where(c => c is >= '0' and <= '9').SkipWhile(c => c == '0').ToArray());
        int digits = significant.Length;
        bool nonZero = significant.Length > 0;

        if (nonZero && value == 0)
        {
            return "a number a double can hold: this one is so small it would be stored as 0";
        }

        return digits > SignificantDigits ? $"written with at most {SignificantDigits} significant digits (a double keeps no more; this one has {digits})" : null;
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
            _file.Report(DiagnosticDescriptors.NumberOutOfRange, number.Span, name, $"between {min.ToString(System.Globalization.CultureInfo.InvariantCulture)} and {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}", number.Raw);
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

        if (node.Kind is JsonTreeKind.True or JsonTreeKind.False)
        {
            return node.Kind == JsonTreeKind.True;
        }

        WrongType(name, node, "true or false");
        return null;
    }

    public JsonTreeObject? Object(string name, bool required)
    {
        var node = Get(name, required);
        if (node is null || node is JsonTreeObject)
        {
            return node as JsonTreeObject;
        }

        WrongType(name, node, "an object");
        return null;
    }

    public JsonTreeArray? Array(string name, bool required)
    {
        var node = Get(name, required);
        if (node is null || node is JsonTreeArray)
        {
            return node as JsonTreeArray;
        }

        WrongType(name, node, "an array");
        return null;
    }

    /// <summary>A field whose value must be one of <paramref name="table"/>'s plan-file words (<see cref="PlanFileTokens"/>), as the enum member it stands for.</summary>
    /// <remarks>An unknown word is reported with <paramref name="unknown"/> (arguments: the word, the words allowed) when given, else with HPC0015.</remarks>
    public TEnum? Token<TEnum>(string name, bool required, TokenTable<TEnum> table, string kindOfValue, DiagnosticDescriptor? unknown = null, IReadOnlyDictionary<string, string>? aliases = null)
        where TEnum : struct, System.Enum
    {
        string? value = String(name, required);
        if (value is null)
        {
            return null;
        }

        if (table.TryParse(value, out var mapped))
        {
            return mapped;
        }

        string hint = Suggestions.UseOneOf(value, table.Tokens, aliases);
        if (unknown is null)
        {
            _file.Report(DiagnosticDescriptors.UnknownValue, SpanOf(name), kindOfValue, value, hint);
        }
        else
        {
            _file.Report(unknown, SpanOf(name), value, hint);
        }

        return null;
    }

    /// <summary>Words for a message, sorted: <c>anticipatory, binding</c>.</summary>
    public static string ListOf(IEnumerable<string> words) => string.Join(", ", words.OrderBy(word => word, System.StringComparer.Ordinal));

    private JsonTreeNode? Get(string name, bool required)
    {
        if (Find(name, before: _object.Properties.Count) is { } property)
        {
            if (property.Value.Kind != JsonTreeKind.Null)
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
            _file.Report(DiagnosticDescriptors.MissingField, _object.Span, _what.ToString(), name);
        }

        return null;
    }

    /// <summary>The first property named <paramref name="name"/> among the first <paramref name="before"/>; a repeated one is reported and ignored.</summary>
    private JsonTreeProperty? Find(string name, int before)
    {
        var properties = _object.Properties;
        for (int i = 0; i < before; i++)
        {
            if (string.Equals(properties[i].Name, name, System.StringComparison.Ordinal))
            {
                return properties[i];
            }
        }

        return null;
    }

    /// <summary>A count as the messages write it: <c>12,345</c>.</summary>
    internal static string Count(int count) => count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private void WrongType(string name, JsonTreeNode node, string expected)
        => _file.Report(DiagnosticDescriptors.WrongType, node.Span, name, expected, node.Description);
}

/// <summary>The file being parsed and the diagnostics found in it so far.</summary>
internal sealed class JsonFileContext
{
    private readonly SourceText _text;

    public JsonFileContext(string path, SourceText text, ParseLimits? limits = null)
    {
        Path = path;
        _text = text;
        Limits = limits ?? ParseLimits.Default;
    }

    /// <summary>The largest strings, ids and plans the generator accepts (HPC0035).</summary>
    public ParseLimits Limits { get; }

    public string Path { get; }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public bool HasErrors => ErrorCount > 0;

    /// <summary>How many errors the file has so far: an object read with more than before it has one of its own.</summary>
    public int ErrorCount { get; private set; }

    public LocationInfo Locate(TextSpan span) => new(Path, span, _text.Lines.GetLinePositionSpan(span));

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params string[] arguments)
        => Report(descriptor, Locate(span), arguments);

    public void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
    {
        if (descriptor.DefaultSeverity == DiagnosticSeverity.Error)
        {
            ErrorCount++;
        }

        Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
    }
}

/// <summary>
/// What an object is called in messages (<c>indicator 'infant-mortality-rate'</c>, <c>targets[1] of indicator '…'</c>),
/// put into words only when a message needs it: most objects never appear in one.
/// </summary>
internal readonly struct Subject
{
    private readonly string _name;
    private readonly string? _id;
    private readonly int _index;
    private readonly JsonObjectReader? _owner;

    private Subject(string name, string? id, int index, JsonObjectReader? owner)
    {
        _name = name;
        _id = id;
        _index = index;
        _owner = owner;
    }

    /// <summary>A fixed name: <c>the plan</c>.</summary>
    public static Subject Named(string name) => new(name, null, -1, null);

    /// <summary>A kind of object and its id: <c>indicator 'infant-mortality-rate'</c>.</summary>
    public static Subject WithId(string kind, string id) => new(kind, id, -1, null);

    /// <summary>An item of an array field: <c>targets[1] of indicator '…'</c>, or <c>indicators[3]</c> at the top.</summary>
    public static Subject Item(string field, int index, JsonObjectReader? owner) => new(field, null, index, owner);

    public override string ToString()
    {
        if (_id is not null)
        {
            return _name + " '" + _id + "'";
        }

        if (_index < 0)
        {
            return _name;
        }

        string item = _name + "[" + _index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
        return _owner is null ? item : item + " of " + _owner.What.ToString();
    }
}
