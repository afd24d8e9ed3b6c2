using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using HealthPlan.Catalogue.Generators.Diagnostics;
using HealthPlan.Catalogue.Generators.Model;
using HealthPlan.Catalogue.Generators.Shared;
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
    /// <summary>What a unit's symbol stands for (<c>%</c> → <c>percent</c>), for "did you mean" (HPC0004).</summary>
    private static readonly Dictionary<string, string> UnitSymbols = UnitTable.All
        .Where(unit => unit.Symbol.Length > 0)
        .GroupBy(unit => unit.Symbol, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.First().Id, StringComparer.Ordinal);

    /// <summary>The operators as people also write them (<c>≥</c>, <c>=&gt;</c>), for "did you mean" (HPC0005).</summary>
    private static readonly Dictionary<string, string> OperatorAliases = new(StringComparer.Ordinal)
    {
        ["≥"] = ">=", ["=>"] = ">=", ["≤"] = "<=", ["=<"] = "<=", ["＞"] = ">", ["＜"] = "<", ["=="] = "=", ["～"] = "approx", ["~"] = "approx",
    };

    private readonly JsonFileContext _file;
    private readonly List<ConceptUse> _conceptUses = new();
    private int _periodStart;
    private int _periodEnd;

    /// <summary>The ids of the plan's published documents: a source quoting one of them needs no line.</summary>
    private readonly HashSet<string> _documentIds = new(StringComparer.Ordinal);

    /// <summary>The plan's own document, which a source without a document of its own quotes.</summary>
    private string? _planDocument;

    private PlanParser(JsonFileContext file) => _file = file;

    public static PlanParseResult Parse(AdditionalText additionalText, CancellationToken cancellationToken)
        => Parse(additionalText, ParseLimits.Default, cancellationToken);

    /// <summary>Parses with other limits than the generator's: tests check HPC0035 with small ones.</summary>
    public static PlanParseResult Parse(AdditionalText additionalText, ParseLimits limits, CancellationToken cancellationToken)
    {
        string path = additionalText.Path;
        var file = new JsonFileContext(path, SourceText.From(string.Empty));
        try
        {
            var text = additionalText.GetText(cancellationToken);
            file = new JsonFileContext(path, text ?? SourceText.From(string.Empty), limits);
            if (text is null)
            {
                file.Report(DiagnosticDescriptors.InvalidJson, LocationInfo.StartOf(path), "the file could not be read");
                return Result(file, null, null, Array.Empty<ConceptUse>());
            }

            if (EncodingCheck.Find(text) is { } encodingProblem)
            {
                file.Report(DiagnosticDescriptors.NotUtf8, new TextSpan(encodingProblem.Offset, 1), encodingProblem.Problem);
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
            // A plan with errors still generates what is valid in it (its class, and every indicator, value and
            // target without an error of its own), so code that uses the rest keeps compiling and the build shows
            // the plan's own errors only. The errors still fail the build.
            return Result(file, model, key, parser._conceptUses);
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

    private (PlanModel? Model, PlanKey? Key) ReadPlan(JsonTreeNode root)
    {
        if (root is not JsonTreeObject planObject)
        {
            _file.Report(DiagnosticDescriptors.WrongType, root.Span, "the plan file", "an object", root.Description);
            return (null, null);
        }

        // "$schema" lets editors validate and complete the file; only the top level may name it.
        var plan = new JsonObjectReader(_file, planObject, Subject.Named("the plan"), PlanFields.Plan.Names);

        if (plan.NumberNode("formatVersion", required: false) is { Value: double version } versionNode && version != 1)
        {
            _file.Report(DiagnosticDescriptors.UnsupportedFormatVersion, versionNode.Span, versionNode.Raw);
            return (null, null);
        }

        string? id = plan.String("id", required: true);
        if (id is not null && id.Length > _file.Limits.MaxIdLength)
        {
            _file.Report(DiagnosticDescriptors.OverLimit, plan.SpanOf("id"), $"The plan id is {JsonObjectReader.Count(id.Length)} characters long", $"{JsonObjectReader.Count(_file.Limits.MaxIdLength)} characters; choose a shorter id");
            id = null;
        }
        else if (id is not null && !IsKebabCase(id))
        {
            _file.Report(DiagnosticDescriptors.InvalidPlanId, plan.SpanOf("id"), id);
            id = null;
        }

        string? shortId = plan.String("shortId", required: true);
        string? planClass = ClassName(shortId, plan.SpanOf("shortId"));
        if (planClass is not null && ReservedNames.DeclaringClass.TryGetValue(planClass, out var declaredBy))
        {
            _file.Report(DiagnosticDescriptors.InvalidIdentifier, plan.SpanOf("shortId"), shortId!, $"'{planClass}' is already a member of {declaredBy}, so the plan's class cannot take that name");
            planClass = null;
        }

        string? nameZh = plan.String("nameZh", required: true);
        string? nameEn = plan.String("nameEn", required: true);
        var region = ReadRegion(plan);
        int? start = plan.Integer("periodStart", required: true, PlanYears.First, PlanYears.Last);
        int? end = plan.Integer("periodEnd", required: true, PlanYears.First, PlanYears.Last);
        if (start is int s && end is int e && e < s)
        {
            _file.Report(DiagnosticDescriptors.NumberOutOfRange, plan.SpanOf("periodEnd"), "periodEnd", $"at or after periodStart ({Invariant(s)})", Invariant(e));
        }

        // Without a valid period, target years cannot be checked against it.
        bool validPeriod = start is int first && end is int last && first <= last;
        _periodStart = validPeriod ? start!.Value : PlanYears.First;
        _periodEnd = validPeriod ? end!.Value : PlanYears.Last;
        string? document = plan.String("document", required: true);
        _planDocument = document;
        var documents = ReadDocuments(plan);

        if (region is not null && planClass is not null)
        {
            if (planClass == region.ClassName)
            {
                _file.Report(DiagnosticDescriptors.InvalidIdentifier, plan.SpanOf("shortId"), plan.String("shortId", required: false) ?? planClass, $"the plan's class would be named '{planClass}' like its region's");
                planClass = null;
            }
        }

        var indicators = ReadIndicators(plan, planClass);

        // Only a plan that cannot be named (no valid id, class or region) generates nothing. A missing name or
        // document (already an error) is stood in for, so the rest of the plan still generates.
        if (id is null || planClass is null || region is null)
        {
            return (null, null);
        }

        nameEn ??= id;
        nameZh ??= nameEn;
        document ??= string.Empty;

        var key = new PlanKey(id, region.ClassName, planClass, _file.Path, _file.Locate(plan.SpanOf("id")));
        var model = new PlanModel(id, nameZh, nameEn, region, _periodStart, _periodEnd, document, documents.ToEquatableArray(), indicators.ToEquatableArray())
        {
            FilePath = _file.Path,
            FileName = System.IO.Path.GetFileName(_file.Path),
            ClassName = planClass,
        };
        return (model, key);
    }

    private RegionModel? ReadRegion(JsonObjectReader plan)
    {
        var json = plan.Object("region", required: true);
        if (json is null)
        {
            return null;
        }

        var region = new JsonObjectReader(_file, json, Subject.Named("the region"), PlanFields.Region.Names);
        string? id = region.String("id", required: true);
        string? className = ClassName(id, region.SpanOf("id"));
        if (className is ReservedNames.RootClass or ReservedNames.CatalogueProperty or ReservedNames.AllProperty)
        {
            _file.Report(DiagnosticDescriptors.InvalidIdentifier, region.SpanOf("id"), id!, $"'{className}' is already a member of the generated root class");
            className = null;
        }
        else if (className is not null && ReservedNames.ObjectMembers.Contains(className))
        {
            _file.Report(DiagnosticDescriptors.InvalidIdentifier, region.SpanOf("id"), id!, $"'{className}' is already a member of every C# object (System.Object), which the region's class would hide");
            className = null;
        }

        string? nameZh = region.String("nameZh", required: true);
        string? nameEn = region.String("nameEn", required: true);
        var level = region.Token("level", required: true, PlanFileTokens.Levels, "administrative level");
        string? parentZh = region.String("parentZh", required: false);
        string? code = region.String("code", required: false);
        if (code is not null && level is { } stated && DivisionCodeProblem(code, stated) is { } problem)
        {
            _file.Report(DiagnosticDescriptors.InvalidDivisionCode, region.SpanOf("code"), code, problem);
            code = null;
        }

        // The region's class is what the plan is named by; its other fields, when wrong (already an error), are stood in for.
        return id is null || className is null
            ? null
            : new RegionModel(id, nameZh ?? nameEn ?? id, nameEn ?? id, level ?? AdministrativeLevel.County, parentZh) { ClassName = className, Code = code };
    }

    /// <summary>
    /// What is wrong with <paramref name="code"/> as the GB/T 2260 code of a region of <paramref name="level"/>, or null: six
    /// digits, a province's ending in 0000, a prefecture's in 00 (but not 0000), a county-level region's not in 00; the
    /// country has none.
    /// </summary>
    private static string? DivisionCodeProblem(string code, AdministrativeLevel level)
    {
        if (level == AdministrativeLevel.Country)
        {
            return "the country has no administrative division code (GB/T 2260 codes name provinces, prefectures and counties); leave 'code' out";
        }

        if (code.Length != 6 || code[0] is < '1' or > '9' || code.Any(c => c is < '0' or > '9'))
        {
            return "a code has six digits, the first not 0, e.g. 330282 for Cixi";
        }

        bool province = code.EndsWith("0000", System.StringComparison.Ordinal);
        bool prefecture = !province && code.EndsWith("00", System.StringComparison.Ordinal);
        return level switch
        {
            AdministrativeLevel.Province when !province => $"a province's code ends in 0000 (Shanxi: 140000); did you mean {code.Substring(0, 2)}0000?",
            AdministrativeLevel.PrefectureCity when !prefecture => $"a prefecture-level city's code ends in 00 and not 0000 (Fuxin: 210900)",
            AdministrativeLevel.County or AdministrativeLevel.CountyCity or AdministrativeLevel.District when province || prefecture
                => $"a county-level region's code does not end in 00 (Cixi: 330282); {code} is a {(province ? "province" : "prefecture")}'s",
            _ => null,
        };
    }

    private List<DocumentModel> ReadDocuments(JsonObjectReader plan)
    {
        var documents = new List<DocumentModel>();
        var array = plan.Array("documents", required: false);
        if (array is null)
        {
            return documents;
        }

        for (int i = 0; i < array.Items.Count; i++)
        {
            if (array.Items[i] is not JsonTreeObject json)
            {
                _file.Report(DiagnosticDescriptors.WrongType, array.Items[i].Span, $"documents[{Invariant(i)}]", "an object", array.Items[i].Description);
                continue;
            }

            int errorsBefore = _file.ErrorCount;
            var reader = new JsonObjectReader(_file, json, Subject.Item("documents", i, null), PlanFields.Document.Names);
            string? id = reader.String("id", required: true);
            if (id is not null && !_documentIds.Add(id))
            {
                _file.Report(DiagnosticDescriptors.DuplicateDocumentId, reader.SpanOf("id"), id);
                id = null;
            }

            string? titleZh = reader.String("titleZh", required: true);
            string? issuer = reader.String("issuer", required: true);
            string? published = reader.String("published", required: true);
            if (published is not null && !IsDate(published))
            {
                _file.Report(DiagnosticDescriptors.InvalidPublicationDate, reader.SpanOf("published"), published);
                published = null;
            }

            string? address = reader.String("address", required: true);
            if (address is not null && !IsWebAddress(address))
            {
                _file.Report(DiagnosticDescriptors.InvalidDocumentAddress, reader.SpanOf("address"), address);
                address = null;
            }

            var copy = reader.Token("copy", required: true, PlanFileTokens.Copies, "kind of copy");
            string? note = reader.String("note", required: false);
            if (_file.ErrorCount == errorsBefore && id is not null && titleZh is not null && issuer is not null && published is not null && address is not null && copy is not null)
            {
                documents.Add(new DocumentModel(id, titleZh, issuer, published, address, copy.Value, note));
            }
        }

        return documents;
    }

    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD, with a month and day that exist.</summary>
    private static bool IsDate(string text)
    {
        string[] formats = { "yyyy", "yyyy-MM", "yyyy-MM-dd" };
        return DateTime.TryParseExact(text, formats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
    }

    private static bool IsWebAddress(string text)
        => Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;

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
        int count = array.Items.Count;
        if (count > _file.Limits.MaxIndicators)
        {
            // The first ones still generate, so code that uses them keeps compiling; the error fails the build.
            _file.Report(DiagnosticDescriptors.OverLimit, array.Items[_file.Limits.MaxIndicators].Span,
                $"The plan has {JsonObjectReader.Count(count)} indicators",
                $"{JsonObjectReader.Count(_file.Limits.MaxIndicators)} indicators per plan; split the plan into several files (the ones from here on are left out)");
            count = _file.Limits.MaxIndicators;
        }

        for (int i = 0; i < count; i++)
        {
            if (array.Items[i] is not JsonTreeObject json)
            {
                _file.Report(DiagnosticDescriptors.WrongType, array.Items[i].Span, $"indicators[{Invariant(i)}]", "an object", array.Items[i].Description);
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

    private IndicatorModel? ReadIndicator(JsonTreeObject json, int index, string? planClass, HashSet<string> ids, Dictionary<string, string> memberOwners)
    {
        var idNode = IdOf(json);
        var what = idNode is null ? Subject.Item("indicators", index, owner: null) : Subject.WithId("indicator", idNode.Value);
        var reader = new JsonObjectReader(_file, json, what, PlanFields.Indicator.Names);

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
        if (category is not null && !PlanFileTokens.Categories.Contains(category))
        {
            _file.Report(DiagnosticDescriptors.UnknownValue, reader.SpanOf("category"), "category", category, Suggestions.UseOneOf(category, PlanFileTokens.Categories));
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
                string? closest = Suggestions.Closest(unitId, UnitTable.All.Select(known => known.Id), UnitSymbols);
                string hint = closest is not null ? Suggestions.DidYouMean(closest) : "use one of: " + UnitTable.KnownIds;
                _file.Report(DiagnosticDescriptors.UnknownUnit, reader.SpanOf("unit"), unitId, hint);

                // The indicator is still generated, in the suggested unit (else a count), so code that uses it keeps
                // compiling and the misspelt unit is the build's only error.
                unit = UnitTable.Find(closest ?? "count");
            }
        }

        var direction = reader.Token("direction", required: true, PlanFileTokens.Directions, "direction");
        var attribute = reader.Token("attribute", required: false, PlanFileTokens.Attributes, "attribute") ?? IndicatorAttribute.Unspecified;

        var values = ReadList(reader, "values", ReadValue);
        var parsedTargets = ReadList(reader, "targets", ReadTarget);
        CheckTableMarks(parsedTargets);
        CheckRestatements(parsedTargets);
        var targets = ResolveBaselines(parsedTargets, values);
        var notes = ReadNotes(reader);

        // An indicator is generated when it has a name and a unit type; any other field of its own that is wrong
        // (already an error) is stood in for, so code that uses the indicator keeps compiling while the file is fixed.
        if (id is null || memberName is null || unit is null)
        {
            return null;
        }

        nameEn ??= id;
        return new IndicatorModel(id, nameZh ?? nameEn, nameEn, concept ?? id, category ?? "other", categoryZh, unit, direction ?? Direction.Neutral, attribute,
            values.ToEquatableArray(), targets.ToEquatableArray(), notes.ToEquatableArray()) { MemberName = memberName };
    }

    private string? MemberName(JsonObjectReader reader, string id, string? planClass, Dictionary<string, string> memberOwners)
    {
        string? name = ClassName(id, reader.SpanOf("id"));
        if (name is null)
        {
            return null;
        }

        if (ReservedNames.DeclaringClass.TryGetValue(name, out var declaredBy) || name == planClass)
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

        if (id.Length > _file.Limits.MaxIdLength)
        {
            _file.Report(DiagnosticDescriptors.OverLimit, span, $"The id is {JsonObjectReader.Count(id.Length)} characters long", $"{JsonObjectReader.Count(_file.Limits.MaxIdLength)} characters; choose a shorter id");
            return null;
        }

        string? name = Naming.ToPascalCase(id, out var problem);
        if (name is null)
        {
            _file.Report(DiagnosticDescriptors.InvalidIdentifier, span, id, problem);
        }

        return name;
    }

    private List<T> ReadList<T>(JsonObjectReader owner, string field, Func<JsonTreeObject, Subject, T?> read)
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
            var what = Subject.Item(field, i, owner);
            if (array.Items[i] is not JsonTreeObject json)
            {
                _file.Report(DiagnosticDescriptors.WrongType, array.Items[i].Span, what.ToString(), "an object", array.Items[i].Description);
                continue;
            }

            // An item with an error of its own (in it or in its source) is left out; the rest of the list is kept.
            int errorsBefore = _file.ErrorCount;
            var item = read(json, what);
            if (item is not null && _file.ErrorCount == errorsBefore)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private List<string> ReadNotes(JsonObjectReader owner)
    {
        var notes = new List<string>();
        foreach (var item in owner.Array("notes", required: false)?.Items ?? System.Array.Empty<JsonTreeNode>())
        {
            if (item is JsonTreeString note)
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

    private ValueModel? ReadValue(JsonTreeObject json, Subject what)
    {
        var reader = new JsonObjectReader(_file, json, what, PlanFields.Value.Names);
        var byKind = ReadByKind(reader, PlanFields.Value);

        // A value for a period (both ends, start ≤ end) may leave out its year, which is then the period's end.
        int? periodStart = reader.Integer("periodStart", required: false, PlanYears.First, PlanYears.Last);
        int? periodEnd = reader.Integer("periodEnd", required: false, PlanYears.First, PlanYears.Last);
        bool period = reader.Has("periodStart") && reader.Has("periodEnd");
        if (periodStart is int first && periodEnd is int last && last < first)
        {
            _file.Report(DiagnosticDescriptors.NumberOutOfRange, reader.SpanOf("periodEnd"), "periodEnd", $"at or after periodStart ({Invariant(first)})", Invariant(last));
        }

        int? year = reader.Integer("year", required: !period, PlanYears.First, PlanYears.Last);
        if (year is int y && periodStart is int from && periodEnd is int to && (y < from || y > to))
        {
            _file.Report(DiagnosticDescriptors.InconsistentValue, reader.SpanOf("year"), what.ToString(),
                $"the year {Invariant(y)} lies outside the value's period {Invariant(from)}–{Invariant(to)}; leave 'year' out (it defaults to periodEnd) or correct it");
        }

        year ??= period ? periodEnd : null;

        // A change from a base year; relative: a percentage of that year's level. With a period the base defaults to the year before it.
        int? changeFrom = reader.Integer("changeFrom", required: false, PlanYears.First, PlanYears.Last);
        bool relative = reader.Boolean("relative") ?? false;
        if (changeFrom is int baseYear && year is int changeYear && baseYear >= changeYear)
        {
            _file.Report(DiagnosticDescriptors.InconsistentValue, reader.SpanOf("changeFrom"), what.ToString(),
                $"the change's base year {Invariant(baseYear)} is not before its year {Invariant(changeYear)}; 'changeFrom' is the year the change is counted from (比2010年 → 2010)");
        }

        if (relative && !reader.Has("changeFrom"))
        {
            if (period && periodStart is int start)
            {
                changeFrom = start - 1;
            }
            else if (!period)
            {
                _file.Report(DiagnosticDescriptors.InconsistentValue, reader.SpanOf("relative"), what.ToString(),
                    "'relative' is for a change, and the value has no 'changeFrom': add the base year the percentage is of (增长8.52% over 2010 → \"changeFrom\": 2010), or remove 'relative'");
            }
        }

        var value = Number(reader.NumberNode("value", required: true));
        string? scope = Scope(reader, out bool scopeValid);
        string? note = reader.String("note", required: false);
        var sources = ReadSources(reader);
        return year is null || value is null || sources is null || !scopeValid
            ? null
            : Apply(new ValueModel(year.Value, value.Value, scope, note, sources.Value, period ? periodStart : null, period ? periodEnd : null, changeFrom, relative), byKind);
    }

    private ParsedTarget? ReadTarget(JsonTreeObject json, Subject what)
    {
        var reader = new JsonObjectReader(_file, json, what, PlanFields.Target.Names);
        var byKind = ReadByKind(reader, PlanFields.Target);
        int? year = reader.Integer("year", required: true, PlanYears.First, PlanYears.Last);
        bool previousPeriod = reader.Boolean("previousPeriod") ?? false;
        if (previousPeriod && year is int marked && marked >= _periodStart)
        {
            _file.Report(DiagnosticDescriptors.PreviousPeriodTargetNotBefore, reader.SpanOf("previousPeriod"), Invariant(marked), Invariant(_periodStart), Invariant(_periodEnd));
        }
        else if (!previousPeriod && year is int y && (y < _periodStart || y > _periodEnd))
        {
            string hint = y < _periodStart
                ? "; a previous plan's target this plan restates (a table's column for an earlier year) is kept with \"previousPeriod\": true"
                : string.Empty;
            _file.Report(DiagnosticDescriptors.TargetYearOutsidePeriod, reader.SpanOf("year"), Invariant(y), Invariant(_periodStart), Invariant(_periodEnd), hint);
        }

        bool table = reader.Boolean("table") ?? false;

        var op = reader.Token("operator", required: true, PlanFileTokens.Operators, "target operator", DiagnosticDescriptors.UnknownOperator, OperatorAliases);
        bool qualitative = op?.IsQualitative() == true;
        var value = Number(reader.NumberNode("value", required: op is not null && !qualitative));
        var valueMax = Number(reader.NumberNode("valueMax", required: op?.IsRange() == true));
        if (op?.IsRange() == true && value is { } min && valueMax is { } max && min.Value > max.Value)
        {
            _file.Report(DiagnosticDescriptors.RangeMinAboveMax, reader.SpanOf("valueMax"), min.Text, max.Text);
        }

        bool invalid = false;
        var tolerance = Number(reader.NumberNode("tolerance", required: false));
        if (tolerance is { } t && t.Value < 0)
        {
            _file.Report(DiagnosticDescriptors.NumberOutOfRange, reader.SpanOf("tolerance"), "tolerance", "0 or more (how far either side of the value still meets the target)", t.Text);
            invalid = true;
        }

        int? baselineYear = reader.Integer("baselineYear", required: false, PlanYears.First, PlanYears.Last);
        if (baselineYear is int baseYear && year is int targetYear && baseYear >= targetYear)
        {
            _file.Report(DiagnosticDescriptors.NumberOutOfRange, reader.SpanOf("baselineYear"), "baselineYear", $"before the target year {Invariant(targetYear)} (the year the change is counted from)", Invariant(baseYear));
            invalid = true;
        }
        if (op?.IsChange() == true && baselineYear is null && !reader.Has("baselineYear"))
        {
            _file.Report(DiagnosticDescriptors.RelativeTargetWithoutBaseline, reader.SpanOf("operator"), PlanFileTokens.Operators.TokenOf(op.Value)!);
        }

        bool relative = reader.Boolean("relative") ?? false;
        string? scope = Scope(reader, out bool scopeValid);
        var reference = ReadReference(reader);
        string? textZh = reader.String("textZh", required: false);
        string? textEn = reader.String("textEn", required: false);
        if (qualitative && textZh is null && textEn is null)
        {
            _file.Report(DiagnosticDescriptors.MissingField, reader.Span, what.ToString() + " (a qualitative target)", "textZh' or 'textEn");
        }

        string? note = reader.String("note", required: false);
        var sources = ReadSources(reader);
        if (invalid || !scopeValid || year is null || op is null || sources is null || (!qualitative && value is null))
        {
            return null;
        }

        var model = Apply(new TargetModel(year.Value, op.Value, value, valueMax, tolerance, baselineYear, BaselineValue: null, relative,
            scope, reference, textZh, textEn, note, sources.Value, table, previousPeriod), byKind);
        return new ParsedTarget(model, _file.Locate(reader.SpanOf("baselineYear")), _file.Locate(reader.SpanOf("table")), _file.Locate(reader.Span));
    }

    /// <summary>
    /// Gives each increase or decrease target the plan's value for its baseline year (for its scope, else the
    /// unscoped one), so the generated target carries it; without one, the target cannot be judged: HPC0025.
    /// </summary>
    private List<TargetModel> ResolveBaselines(List<ParsedTarget> targets, List<ValueModel> values)
    {
        var resolved = new List<TargetModel>(targets.Count);
        foreach (var (target, baselineLocation, _, _) in targets)
        {
            if (target.BaselineYear is not int year)
            {
                resolved.Add(target);
                continue;
            }

            // Only a level in that year is a baseline: a change or a value for a period is not.
            var baseline = values.FirstOrDefault(value => value.IsLevel && value.LevelYear == year && value.Scope == target.Scope)
                ?? values.FirstOrDefault(value => value.IsLevel && value.LevelYear == year && value.Scope is null);
            if (baseline is null)
            {
                _file.Report(DiagnosticDescriptors.BaselineValueMissing, baselineLocation, Invariant(year));
            }

            resolved.Add(target with { BaselineValue = baseline?.Value });
        }

        return resolved;
    }

    /// <summary>At most one target per year and scope may be marked as the indicator table's: HPC0032 on the second.</summary>
    private void CheckTableMarks(List<ParsedTarget> targets)
    {
        var marked = new HashSet<(int, string?)>();
        foreach (var (target, _, tableLocation, _) in targets)
        {
            if (target.Table && !marked.Add((target.Year, target.Scope)))
            {
                string scope = target.Scope is null ? string.Empty : " (" + target.Scope + ")";
                _file.Report(DiagnosticDescriptors.TableMarkedTwice, tableLocation, Invariant(target.Year) + scope);
            }
        }
    }

    /// <summary>
    /// Two targets that say the same (<see cref="TargetTerms.SaysTheSame"/>, the runtime's own rule) are one target stated twice:
    /// HPC0036 on the later one, so every plan files a restatement as a source of the target it restates.
    /// </summary>
    private void CheckRestatements(List<ParsedTarget> targets)
    {
        for (int later = 1; later < targets.Count; later++)
        {
            var target = targets[later].Model;
            for (int earlier = 0; earlier < later; earlier++)
            {
                var first = targets[earlier].Model;
                if (!target.PreviousPeriod && !first.PreviousPeriod && first.Terms.SaysTheSame(target.Terms))
                {
                    string scope = target.Scope is null ? string.Empty : " (" + target.Scope + ")";
                    string where = first.Source.Line is int line ? "line " + Invariant(line) : "'" + first.Source.Quote + "'";
                    _file.Report(DiagnosticDescriptors.TargetStatedTwice, targets[later].Location, Invariant(target.Year) + scope, where);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A value's or target's sources: exactly one of <c>source</c> (one) and <c>sources</c> (a non-empty list, first
    /// statement first); null after reporting why not.
    /// </summary>
    private EquatableArray<SourceModel>? ReadSources(JsonObjectReader owner)
    {
        bool one = owner.Has("source");
        bool many = owner.Has("sources");
        if (one && many)
        {
            _file.Report(DiagnosticDescriptors.SourceAndSources, owner.SpanOf("sources"), owner.What.ToString());
            return null;
        }

        if (!many)
        {
            if (!one)
            {
                _file.Report(DiagnosticDescriptors.MissingField, owner.Span, owner.What.ToString(), "source' or 'sources");
                return null;
            }

            return ReadSource(owner) is { } single ? new[] { single }.ToEquatableArray() : null;
        }

        var array = owner.Array("sources", required: false);
        if (array is null)
        {
            return null;
        }

        if (array.Items.Count == 0)
        {
            _file.Report(DiagnosticDescriptors.EmptySources, array.Span, owner.What.ToString());
            return null;
        }

        var sources = new List<SourceModel>(array.Items.Count);
        for (int i = 0; i < array.Items.Count; i++)
        {
            if (array.Items[i] is not JsonTreeObject json)
            {
                _file.Report(DiagnosticDescriptors.WrongType, array.Items[i].Span, $"sources[{Invariant(i)}]", "an object", array.Items[i].Description);
                continue;
            }

            if (ReadSourceObject(json, Subject.Item("sources", i, owner)) is { } source)
            {
                sources.Add(source);
            }
        }

        return sources.Count == array.Items.Count ? sources.ToEquatableArray() : null;
    }

    private ReferenceModel? ReadReference(JsonObjectReader target)
    {
        var json = target.Object("reference", required: false);
        if (json is null)
        {
            return null;
        }

        var reader = new JsonObjectReader(_file, json, Subject.Named("the reference"), PlanFields.Reference.Names);
        string? text = reader.String("textZh", required: true);
        var op = reader.Token("operator", required: false, PlanFileTokens.Operators, "target operator", DiagnosticDescriptors.UnknownOperator, OperatorAliases);
        var value = Number(reader.NumberNode("value", required: false));
        return text is null ? null : new ReferenceModel(text, op, value);
    }

    private SourceModel? ReadSource(JsonObjectReader owner)
    {
        var json = owner.Object("source", required: true);
        return json is null ? null : ReadSourceObject(json, Subject.Named("the source"));
    }

    private SourceModel? ReadSourceObject(JsonTreeObject json, Subject what)
    {
        var reader = new JsonObjectReader(_file, json, what, PlanFields.Source.Names);
        string? document = reader.String("document", required: false);

        // A published document is quoted from a web page, which has no stable line numbers; a local text file has.
        bool published = (document ?? _planDocument) is string quoted && _documentIds.Contains(quoted);
        int? line = null;
        if (reader.NumberNode("line", required: !published) is { Value: double number } lineNode)
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
            string where = line is int lineNumber ? "line " + Invariant(lineNumber) : $"the document '{document ?? _planDocument}'";
            _file.Report(DiagnosticDescriptors.EmptyQuote, reader.SpanOf("quote"), where);
            quote = null;
        }

        return (line is null && !published) || quote is null ? null : new SourceModel(document, line, quote);
    }

    /// <summary>
    /// The fields of <paramref name="table"/> that the parser has no code of its own for (<see cref="PlanField{T}.ReadByKind"/>), as
    /// plan-data text to set on the record once it is made; null when the object states none. Reports each field stated
    /// without a field it needs (HPC0033 at its token) first.
    /// </summary>
    private List<(PlanField<T> Field, string Text)>? ReadByKind<T>(JsonObjectReader reader, PlanRecordFields<T> table)
    {
        List<(PlanField<T>, string)>? read = null;
        foreach (var field in table.Fields)
        {
            if (field.Needs.Count > 0 && reader.Has(field.Name))
            {
                var missing = field.Needs.Where(needed => !reader.Has(needed)).ToArray();
                if (missing.Length > 0)
                {
                    _file.Report(DiagnosticDescriptors.InconsistentValue, reader.SpanOf(field.Name), reader.What.ToString(),
                        $"'{field.Name}' without '{string.Join("' and '", missing)}': {field.NeedsHint}");
                }
            }

            if (!field.ReadByKind)
            {
                continue;
            }

            bool required = field.Presence == FieldPresence.Required;
            string? text = field.Kind switch
            {
                FieldKind.Flag => reader.Boolean(field.Name) == true ? string.Empty : null,
                FieldKind.Year => reader.Integer(field.Name, required, PlanYears.First, PlanYears.Last) is int year ? Invariant(year) : null,
                FieldKind.Number => reader.NumberNode(field.Name, required) is { Value: not null } number ? number.Raw : null,
                _ => reader.String(field.Name, required),
            };
            if (text is not null)
            {
                (read ??= new()).Add((field, text));
            }
        }

        return read;
    }

    /// <summary><paramref name="record"/> with the fields <see cref="ReadByKind"/> read set.</summary>
    private static T Apply<T>(T record, List<(PlanField<T> Field, string Text)>? read)
    {
        foreach (var (field, text) in read ?? Enumerable.Empty<(PlanField<T>, string)>())
        {
            record = field.Parse(record, text);
        }

        return record;
    }

    /// <summary>
    /// The <c>scope</c> of a value or target: a kebab-case word (urban, outpatient, grade-3b-specialty-hospitals), as the
    /// schema says and every output (FHIR codes, CSV, the actuals files' scope column) can carry; HPC0038 otherwise, with
    /// the word it likely means, and the value or target is left out.
    /// </summary>
    private string? Scope(JsonObjectReader reader, out bool valid)
    {
        string? scope = reader.String("scope", required: false);
        valid = scope is null || IsKebabCase(scope);
        if (valid)
        {
            return scope;
        }

        string kebab = new string(scope!.Trim().ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-').ToArray());
        kebab = string.Join("-", kebab.Split(new[] { '-' }, System.StringSplitOptions.RemoveEmptyEntries));
        string hint = kebab.Length > 0 ? $"did you mean '{kebab}'?" : "give a short kebab-case English word (urban, rural, outpatient), or leave 'scope' out for the whole indicator";
        _file.Report(DiagnosticDescriptors.InvalidScope, reader.SpanOf("scope"), scope, hint);
        return null;
    }

    /// <summary>Kebab-case, what plan ids and scopes are: lowercase ASCII letters and digits in words joined by single hyphens.</summary>
    private static bool IsKebabCase(string id)
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

    /// <summary>A number as the file writes it, or null when absent or too large for a double (already reported).</summary>
    private static NumberModel? Number(JsonTreeNumber? node) => node?.Value is double value ? new NumberModel(value, node.Raw) : null;

    /// <summary>The indicator's id, when it has one, to name it in messages.</summary>
    private static JsonTreeString? IdOf(JsonTreeObject json)
    {
        foreach (var property in json.Properties)
        {
            if (property.Name == "id")
            {
                return property.Value as JsonTreeString;
            }
        }

        return null;
    }

    private static string Invariant(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A target as read, with where its baseline year is written (for HPC0025).</summary>
    private sealed record ParsedTarget(TargetModel Model, LocationInfo BaselineYearLocation, LocationInfo TableLocation, LocationInfo Location);
}
