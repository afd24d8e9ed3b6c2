using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using HealthPlan.Catalogue.Generators.Diagnostics;
using HealthPlan.Catalogue.Generators.Model;
using HealthPlan.Catalogue.Generators.Units;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HealthPlan.Catalogue.Generators.Parse;

/// <summary>
/// Turns one <c>*.plan.json</c> file into a <see cref="PlanModel"/> and its diagnostics. Never throws:
/// an unexpected failure becomes HPC0017 on the file, and the other files go on.
/// </summary>
internal sealed class PlanParser
{
    private const int MinYear = 1900;
    private const int MaxYear = 2200;

    private readonly JsonFileContext _file;
    private readonly List<ConceptUse> _conceptUses = new();
    private int _periodStart;
    private int _periodEnd;

    private PlanParser(JsonFileContext file) => _file = file;

    public static PlanParseResult Parse(AdditionalText additionalText, CancellationToken cancellationToken)
    {
        string path = additionalText.Path;
        var file = new JsonFileContext(path, SourceText.From(string.Empty));
        try
        {
            var text = additionalText.GetText(cancellationToken);
            file = new JsonFileContext(path, text ?? SourceText.From(string.Empty));
            if (text is null)
            {
                file.Report(DiagnosticDescriptors.InvalidJson, LocationInfo.StartOf(path), "the file could not be read");
                return Result(file, null, null, Array.Empty<ConceptUse>());
            }

            var json = JsonTreeReader.Read(text);
            cancellationToken.ThrowIfCancellationRequested();
            if (json.Root is null)
            {
                file.Report(DiagnosticDescriptors.InvalidJson, new TextSpan(json.ErrorOffset, 0), json.Error ?? "unreadable");
                return Result(file, null, null, Array.Empty<ConceptUse>());
            }

            var parser = new PlanParser(file);
            var (model, key) = parser.ReadPlan(json.Root);
            return Result(file, file.HasErrors ? null : model, key, parser._conceptUses);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            file.Report(DiagnosticDescriptors.InternalError, LocationInfo.StartOf(path), exception.GetType().Name, exception.Message);
            return Result(file, null, null, Array.Empty<ConceptUse>());
        }
    }

    private static PlanParseResult Result(JsonFileContext file, PlanModel? model, PlanKey? key, IEnumerable<ConceptUse> concepts)
        => new(model, key, concepts.ToEquatableArray(), file.Diagnostics.ToEquatableArray());

    private (PlanModel? Model, PlanKey? Key) ReadPlan(JsonNode root)
    {
        if (root is not JsonObject planObject)
        {
            _file.Report(DiagnosticDescriptors.WrongType, root.Span, "the plan file", "an object", root.Description);
            return (null, null);
        }

        // "$schema" lets editors validate and complete the file; only the top level may name it.
        var plan = new JsonObjectReader(_file, planObject, "the plan",
            "$schema", "formatVersion", "id", "shortId", "nameZh", "nameEn", "region", "periodStart", "periodEnd", "document", "indicators");

        if (plan.NumberNode("formatVersion", required: false) is { Value: double version } versionNode && version != 1)
        {
            _file.Report(DiagnosticDescriptors.UnsupportedFormatVersion, versionNode.Span, versionNode.Raw);
            return (null, null);
        }

        string? id = plan.String("id", required: true);
        if (id is not null && !IsPlanId(id))
        {
            _file.Report(DiagnosticDescriptors.InvalidPlanId, plan.SpanOf("id"), id);
            id = null;
        }

        string? shortId = plan.String("shortId", required: true);
        string? planClass = ClassName(shortId, plan.SpanOf("shortId"));
        if (planClass is not null && Naming.ReservedMembers.TryGetValue(planClass, out var declaredBy))
        {
            _file.Report(DiagnosticDescriptors.InvalidIdentifier, plan.SpanOf("shortId"), shortId!, $"'{planClass}' is already a member of {declaredBy}, so the plan's class cannot take that name");
            planClass = null;
        }

        string? nameZh = plan.String("nameZh", required: true);
        string? nameEn = plan.String("nameEn", required: true);
        var region = ReadRegion(plan);
        int? start = plan.Integer("periodStart", required: true, MinYear, MaxYear);
        int? end = plan.Integer("periodEnd", required: true, MinYear, MaxYear);
        if (start is int s && end is int e && e < s)
        {
            _file.Report(DiagnosticDescriptors.NumberOutOfRange, plan.SpanOf("periodEnd"), "periodEnd", $"at or after periodStart ({s})", e.ToString());
        }

        // Without a valid period, target years cannot be checked against it.
        bool validPeriod = start is int first && end is int last && first <= last;
        _periodStart = validPeriod ? start!.Value : MinYear;
        _periodEnd = validPeriod ? end!.Value : MaxYear;
        string? document = plan.String("document", required: true);

        if (region is not null && planClass is not null)
        {
            if (planClass == region.ClassName)
            {
                _file.Report(DiagnosticDescriptors.InvalidIdentifier, plan.SpanOf("shortId"), plan.String("shortId", required: false) ?? planClass, $"the plan's class would be named '{planClass}' like its region's");
            }
        }

        var indicators = ReadIndicators(plan, planClass);
        if (id is null || planClass is null || nameZh is null || nameEn is null || region is null || document is null)
        {
            return (null, null);
        }

        var key = new PlanKey(id, region.ClassName, planClass, _file.Path, _file.Locate(plan.SpanOf("id")));
        var model = new PlanModel(
            _file.Path,
            System.IO.Path.GetFileName(_file.Path), id, planClass, nameZh, nameEn, region,
            _periodStart, _periodEnd, document, indicators.ToEquatableArray());
        return (model, key);
    }

    private RegionModel? ReadRegion(JsonObjectReader plan)
    {
        var json = plan.Object("region", required: true);
        if (json is null)
        {
            return null;
        }

        var region = new JsonObjectReader(_file, json, "the region", "id", "nameZh", "nameEn", "level", "parentZh");
        string? id = region.String("id", required: true);
        string? className = ClassName(id, region.SpanOf("id"));
        if (className is Naming.RootClassName or Naming.CatalogueProperty)
        {
            _file.Report(DiagnosticDescriptors.InvalidIdentifier, region.SpanOf("id"), id!, $"'{className}' is already a member of the generated root class");
            className = null;
        }

        string? nameZh = region.String("nameZh", required: true);
        string? nameEn = region.String("nameEn", required: true);
        string? level = region.Choice("level", required: true, Vocabulary.Levels, "administrative level");
        string? parentZh = region.String("parentZh", required: false);
        return id is null || className is null || nameZh is null || nameEn is null || level is null
            ? null
            : new RegionModel(id, className, nameZh, nameEn, level, parentZh);
    }

    private List<IndicatorModel> ReadIndicators(JsonObjectReader plan, string? planClass)
    {
        var indicators = new List<IndicatorModel>();
        var array = plan.Array("indicators", required: true);
        if (array is null)
        {
            return indicators;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var memberOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < array.Items.Count; i++)
        {
            if (array.Items[i] is not JsonObject json)
            {
                _file.Report(DiagnosticDescriptors.WrongType, array.Items[i].Span, $"indicators[{i}]", "an object", array.Items[i].Description);
                continue;
            }

            var indicator = ReadIndicator(json, i, planClass, ids, memberOwners);
            if (indicator is not null)
            {
                indicators.Add(indicator);
            }
        }

        return indicators;
    }

    private IndicatorModel? ReadIndicator(JsonObject json, int index, string? planClass, HashSet<string> ids, Dictionary<string, string> memberOwners)
    {
        var idNode = json.Properties.FirstOrDefault(p => p.Name == "id")?.Value as JsonString;
        string what = idNode is null ? $"indicators[{index}]" : $"indicator '{idNode.Value}'";
        var reader = new JsonObjectReader(_file, json, what,
            "id", "nameZh", "nameEn", "concept", "category", "categoryZh", "unit", "direction", "attribute", "values", "targets", "notes");

        string? id = reader.String("id", required: true);
        string? memberName = null;
        if (id is not null)
        {
            if (!ids.Add(id))
            {
                _file.Report(DiagnosticDescriptors.DuplicateIndicatorId, reader.SpanOf("id"), id);
            }
            else
            {
                memberName = MemberName(reader, id, planClass, memberOwners);
            }
        }

        string? nameZh = reader.String("nameZh", required: true);
        string? nameEn = reader.String("nameEn", required: true);
        string? concept = reader.String("concept", required: true);
        if (concept is not null)
        {
            _conceptUses.Add(new ConceptUse(concept, _file.Locate(reader.SpanOf("concept"))));
        }

        string? category = reader.String("category", required: true);
        if (category is not null && !Vocabulary.Categories.Contains(category))
        {
            _file.Report(DiagnosticDescriptors.UnknownValue, reader.SpanOf("category"), "category", category, Vocabulary.List(Vocabulary.Categories));
            category = null;
        }

        string? categoryZh = reader.String("categoryZh", required: false);
        UnitModel? unit = null;
        string? unitId = reader.String("unit", required: true);
        if (unitId is not null)
        {
            unit = UnitTable.Find(unitId);
            if (unit is null)
            {
                _file.Report(DiagnosticDescriptors.UnknownUnit, reader.SpanOf("unit"), unitId, UnitTable.KnownIds);
            }
        }

        string? direction = reader.Choice("direction", required: true, Vocabulary.Directions, "direction");
        string attribute = reader.Has("attribute")
            ? reader.Choice("attribute", required: false, Vocabulary.Attributes, "attribute") ?? "Unspecified"
            : "Unspecified";

        var values = ReadList(reader, "values", ReadValue);
        var targets = ReadList(reader, "targets", ReadTarget);
        var notes = ReadNotes(reader);

        if (id is null || memberName is null || nameZh is null || nameEn is null || concept is null
            || category is null || unit is null || direction is null)
        {
            return null;
        }

        return new IndicatorModel(id, memberName, nameZh, nameEn, concept, category, categoryZh, unit, direction, attribute,
            values.ToEquatableArray(), targets.ToEquatableArray(), notes.ToEquatableArray());
    }

    private string? MemberName(JsonObjectReader reader, string id, string? planClass, Dictionary<string, string> memberOwners)
    {
        string? name = ClassName(id, reader.SpanOf("id"));
        if (name is null)
        {
            return null;
        }

        if (Naming.ReservedMembers.TryGetValue(name, out var declaredBy) || name == planClass)
        {
            _file.Report(DiagnosticDescriptors.InvalidIdentifier, reader.SpanOf("id"), id, $"'{name}' is already a member of {declaredBy ?? "the generated plan class"}");
            return null;
        }

        if (memberOwners.TryGetValue(name, out var owner))
        {
            _file.Report(DiagnosticDescriptors.IdentifierCollision, reader.SpanOf("id"), id, name, owner);
            return null;
        }

        memberOwners.Add(name, id);
        return name;
    }

    /// <summary>The C# name for an id read from the file, or null after reporting why it cannot be one.</summary>
    private string? ClassName(string? id, TextSpan span)
    {
        if (id is null)
        {
            return null;
        }

        string? name = Naming.ToPascalCase(id, out var problem);
        if (name is null)
        {
            _file.Report(DiagnosticDescriptors.InvalidIdentifier, span, id, problem);
        }

        return name;
    }

    private List<T> ReadList<T>(JsonObjectReader owner, string field, Func<JsonObject, string, T?> read)
        where T : class
    {
        var items = new List<T>();
        var array = owner.Array(field, required: false);
        if (array is null)
        {
            return items;
        }

        for (int i = 0; i < array.Items.Count; i++)
        {
            string what = $"{field}[{i}] of {owner.What}";
            if (array.Items[i] is not JsonObject json)
            {
                _file.Report(DiagnosticDescriptors.WrongType, array.Items[i].Span, what, "an object", array.Items[i].Description);
                continue;
            }

            var item = read(json, what);
            if (item is not null)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private List<string> ReadNotes(JsonObjectReader owner)
    {
        var notes = new List<string>();
        foreach (var item in owner.Array("notes", required: false)?.Items ?? new List<JsonNode>())
        {
            if (item is JsonString note)
            {
                notes.Add(note.Value);
            }
            else
            {
                _file.Report(DiagnosticDescriptors.WrongType, item.Span, "a note", "a string", item.Description);
            }
        }

        return notes;
    }

    private ValueModel? ReadValue(JsonObject json, string what)
    {
        var reader = new JsonObjectReader(_file, json, what, "year", "value", "scope", "note", "source");
        int? year = reader.Integer("year", required: true, MinYear, MaxYear);
        double? value = reader.Number("value", required: true);
        string? scope = reader.String("scope", required: false);
        string? note = reader.String("note", required: false);
        var source = ReadSource(reader);
        return year is null || value is null || source is null ? null : new ValueModel(year.Value, value.Value, scope, note, source);
    }

    private TargetModel? ReadTarget(JsonObject json, string what)
    {
        var reader = new JsonObjectReader(_file, json, what,
            "year", "operator", "value", "valueMax", "tolerance", "baselineYear", "relative", "scope", "reference", "textZh", "textEn", "note", "source");
        int? year = reader.Integer("year", required: true, MinYear, MaxYear);
        if (year is int y && (y < _periodStart || y > _periodEnd))
        {
            _file.Report(DiagnosticDescriptors.TargetYearOutsidePeriod, reader.SpanOf("year"), y.ToString(), _periodStart.ToString(), _periodEnd.ToString());
        }

        string? operatorId = reader.String("operator", required: true);
        string? op = null;
        if (operatorId is not null && !Vocabulary.Operators.TryGetValue(operatorId, out op))
        {
            _file.Report(DiagnosticDescriptors.UnknownOperator, reader.SpanOf("operator"), operatorId, Vocabulary.List(Vocabulary.Operators.Keys));
        }

        bool qualitative = op == "Qualitative";
        var valueNode = reader.NumberNode("value", required: op is not null && !qualitative);
        double? valueMax = reader.Number("valueMax", required: op == "Between");
        if (op == "Between" && valueNode?.Value is double min && valueMax is double max && min > max)
        {
            _file.Report(DiagnosticDescriptors.RangeMinAboveMax, reader.SpanOf("valueMax"), valueNode.Raw, max.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        }

        double? tolerance = reader.Number("tolerance", required: false);
        int? baselineYear = reader.Integer("baselineYear", required: false, MinYear, MaxYear);
        if (op is "IncreaseBy" or "DecreaseBy" && baselineYear is null && !reader.Has("baselineYear"))
        {
            _file.Report(DiagnosticDescriptors.RelativeTargetWithoutBaseline, reader.SpanOf("operator"), operatorId!);
        }

        bool relative = reader.Boolean("relative") ?? false;
        string? scope = reader.String("scope", required: false);
        var reference = ReadReference(reader);
        string? textZh = reader.String("textZh", required: false);
        string? textEn = reader.String("textEn", required: false);
        if (qualitative && textZh is null && textEn is null)
        {
            _file.Report(DiagnosticDescriptors.MissingField, reader.Span, what + " (a qualitative target)", "textZh' or 'textEn");
        }

        string? note = reader.String("note", required: false);
        var source = ReadSource(reader);
        if (year is null || op is null || source is null || (!qualitative && valueNode is null))
        {
            return null;
        }

        return new TargetModel(year.Value, op, valueNode?.Value, valueMax, tolerance, baselineYear, relative,
            Decimals(valueNode?.Raw), scope, reference, textZh, textEn, note, source);
    }

    private ReferenceModel? ReadReference(JsonObjectReader target)
    {
        var json = target.Object("reference", required: false);
        if (json is null)
        {
            return null;
        }

        var reader = new JsonObjectReader(_file, json, "the reference", "textZh", "operator", "value");
        string? text = reader.String("textZh", required: true);
        string? operatorId = reader.String("operator", required: false);
        string? op = null;
        if (operatorId is not null && !Vocabulary.Operators.TryGetValue(operatorId, out op))
        {
            _file.Report(DiagnosticDescriptors.UnknownOperator, reader.SpanOf("operator"), operatorId, Vocabulary.List(Vocabulary.Operators.Keys));
        }

        double? value = reader.Number("value", required: false);
        return text is null ? null : new ReferenceModel(text, op, value);
    }

    private SourceModel? ReadSource(JsonObjectReader owner)
    {
        var json = owner.Object("source", required: true);
        if (json is null)
        {
            return null;
        }

        var reader = new JsonObjectReader(_file, json, "the source", "document", "line", "quote");
        string? document = reader.String("document", required: false);
        int? line = null;
        if (reader.NumberNode("line", required: true) is { Value: double number } lineNode)
        {
            if (number < 1 || number != Math.Floor(number) || number > int.MaxValue)
            {
                _file.Report(DiagnosticDescriptors.InvalidProvenanceLine, lineNode.Span, lineNode.Raw);
            }
            else
            {
                line = (int)number;
            }
        }

        string? quote = reader.String("quote", required: true);
        if (quote is not null && quote.Trim().Length == 0)
        {
            _file.Report(DiagnosticDescriptors.EmptyQuote, reader.SpanOf("quote"), line?.ToString() ?? "?");
            quote = null;
        }

        return line is null || quote is null ? null : new SourceModel(document, line.Value, quote);
    }

    /// <summary>Plan ids are kebab-case: lowercase ASCII letters and digits in words joined by single hyphens.</summary>
    private static bool IsPlanId(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[id.Length - 1] == '-' || id.Contains("--"))
        {
            return false;
        }

        foreach (char c in id)
        {
            if (c is not (>= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many decimals the number is written with: 6.3 → 1, 106 → 0, 1.5e2 → 0.</summary>
    private static int Decimals(string? raw)
    {
        if (raw is null)
        {
            return 0;
        }

        int dot = raw.IndexOf('.');
        if (dot < 0)
        {
            return 0;
        }

        int end = raw.IndexOfAny(new[] { 'e', 'E' }, dot);
        return (end < 0 ? raw.Length : end) - dot - 1;
    }
}
