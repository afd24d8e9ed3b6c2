using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue;

/// <summary>
/// Builds a <see cref="Plan"/> from the compact data a generated plan class stores (see the format on
/// <c>PlanDataFormat</c> in the repository): one non-generic reader for every plan, so the compiler emits a
/// constant per plan instead of code per indicator, and the JIT compiles this reader once.
/// </summary>
public static class PlanData
{
    /// <summary>Reads the plan stored in <paramref name="data"/>. Generated code calls this once per plan, on first use.</summary>
    /// <exception cref="FormatException">The data is not in the format this runtime reads (the generator and the runtime come from different versions).</exception>
    public static Plan Read(ReadOnlySpan<byte> data)
    {
        var reader = new Reader();
        int lineNumber = 0;
        while (data.Length > 0)
        {
            int end = data.IndexOf((byte)'\n');
            var line = end < 0 ? data : data.Slice(0, end);
            data = end < 0 ? ReadOnlySpan<byte>.Empty : data.Slice(end + 1);
            lineNumber++;
            if (line.Length > 0 && line[line.Length - 1] == (byte)'\r')
            {
                line = line.Slice(0, line.Length - 1);
            }

            if (line.Length > 0)
            {
                var fields = new Fields(line, lineNumber);
                reader.ReadLine(ref fields);
            }
        }

        return reader.Finish();
    }

    /// <summary>The plan being read: records arrive in order, each indicator followed by its notes, values and targets.</summary>
    private sealed class Reader
    {
        private readonly List<IIndicator> _indicators = new();
        private readonly List<string> _notes = new();
        private readonly List<ValueDefinition> _values = new();
        private readonly List<TargetDefinition> _targets = new();
        private readonly List<SourceDocument> _documents = new();
        private bool _headerRead;
        private string? _planId;
        private int _periodStart;
        private int _periodEnd;
        private string _document = string.Empty;
        private string _nameZh = string.Empty;
        private string _nameEn = string.Empty;
        private Region? _region;
        private IndicatorDefinition? _indicator;
        private UnitInfo? _unit;

        /// <summary>Whether the last value or target record was a target: a source record adds to it.</summary>
        private bool _lastSourcedIsTarget;

        public void ReadLine(ref Fields fields)
        {
            string tag = fields.Text();
            if (!_headerRead)
            {
                if (tag != PlanDataFormat.Header || fields.Integer() != PlanDataFormat.Version)
                {
                    throw fields.Error($"expected '{PlanDataFormat.Header}|{PlanDataFormat.Version}': the plan was generated for another version of HealthPlan.Catalogue");
                }

                _headerRead = true;
                return;
            }

            switch (tag)
            {
                case PlanDataFormat.Plan:
                    _planId = fields.Text();
                    _periodStart = fields.Integer();
                    _periodEnd = fields.Integer();
                    _document = fields.Text();
                    _nameZh = fields.Text();
                    _nameEn = fields.Text();
                    break;
                case PlanDataFormat.Region:
                    string id = fields.Text();
                    var level = fields.Token(PlanFileTokens.Levels);
                    string nameZh = fields.Text();
                    string nameEn = fields.Text();
                    string? parent = null;
                    while (fields.NextKey(out var key))
                    {
                        parent = key == PlanDataFormat.ParentKey ? fields.Text() : throw fields.UnknownKey(key);
                    }

                    _region = new Region(id, nameZh, nameEn, level, parent);
                    break;
                case PlanDataFormat.Document:
                    _documents.Add(ReadDocument(ref fields));
                    break;
                case PlanDataFormat.Indicator:
                    FinishIndicator();
                    ReadIndicator(ref fields);
                    break;
                case PlanDataFormat.Note:
                    _ = Current(ref fields);
                    _notes.Add(fields.Text());
                    break;
                case PlanDataFormat.Value:
                    _ = Current(ref fields);
                    _values.Add(ReadValue(ref fields));
                    _lastSourcedIsTarget = false;
                    break;
                case PlanDataFormat.Target:
                    _ = Current(ref fields);
                    _targets.Add(ReadTarget(ref fields));
                    _lastSourcedIsTarget = true;
                    break;
                case PlanDataFormat.Source:
                    AddSource(ref fields);
                    break;
                case PlanDataFormat.Reference:
                    if (_targets.Count == 0)
                    {
                        throw fields.Error("a reference before any target");
                    }

                    _targets[_targets.Count - 1].Reference = ReadReference(ref fields);
                    break;
                default:
                    throw fields.Error($"unknown record '{tag}'");
            }

            fields.End();
        }

        public Plan Finish()
        {
            FinishIndicator();
            if (_planId is null || _region is null)
            {
                throw new FormatException("The plan data has no plan or region record.");
            }

            return new Plan(_planId, _nameZh, _nameEn, _region, _periodStart, _periodEnd, _document, _indicators.ToArray(), _documents.ToArray());
        }

        private IndicatorDefinition Current(ref Fields fields)
            => _indicator ?? throw fields.Error("a record that belongs to an indicator comes before any indicator");

        private void ReadIndicator(ref Fields fields)
        {
            string id = fields.Text();
            string unitId = fields.Text();
            _unit = UnitCatalogue.Find(unitId) ?? throw fields.Error($"unknown unit '{unitId}'");
            var direction = fields.Token(PlanFileTokens.Directions);
            string concept = fields.Text();
            string category = fields.Text();
            string nameZh = fields.Text();
            string nameEn = fields.Text();
            var attribute = IndicatorAttribute.Unspecified;
            string? categoryZh = null;
            while (fields.NextKey(out var key))
            {
                switch (key)
                {
                    case PlanDataFormat.AttributeKey: attribute = fields.Token(PlanFileTokens.Attributes); break;
                    case PlanDataFormat.CategoryZhKey: categoryZh = fields.Text(); break;
                    default: throw fields.UnknownKey(key);
                }
            }

            _indicator = new IndicatorDefinition(_planId ?? throw fields.Error("an indicator before the plan record"),
                id, nameZh, nameEn, concept, category, categoryZh, direction, attribute, Array.Empty<string>());
        }

        private void FinishIndicator()
        {
            if (_indicator is null)
            {
                return;
            }

            if (_notes.Count > 0)
            {
                _indicator.Notes = _notes.ToArray();
            }

            _indicators.Add(UnitCatalogue.Visit(_unit!, new IndicatorFactory(_indicator, _unit!, _values.ToArray(), _targets.ToArray())));
            _indicator = null;
            _notes.Clear();
            _values.Clear();
            _targets.Clear();
        }

        /// <summary>Another source of the value or target just read (the indicator's last one of that kind).</summary>
        private void AddSource(ref Fields fields)
        {
            int? line = fields.OptionalInteger();
            string quote = fields.Text();
            string? document = null;
            while (fields.NextKey(out var key))
            {
                document = key == PlanDataFormat.DocumentKey ? fields.Text() : throw fields.UnknownKey(key);
            }

            var source = Source(document, line, quote);
            if (_lastSourcedIsTarget && _targets.Count > 0)
            {
                var target = _targets[_targets.Count - 1];
                target.MoreSources = target.MoreSources is null ? new[] { source } : [.. target.MoreSources, source];
            }
            else if (!_lastSourcedIsTarget && _values.Count > 0)
            {
                (_values[_values.Count - 1].MoreSources ??= new List<Provenance>()).Add(source);
            }
            else
            {
                throw fields.Error("a source before any value or target of the indicator");
            }
        }

        private ValueDefinition ReadValue(ref Fields fields)
        {
            int year = fields.Integer();
            double value = fields.Number(out _);
            int? line = fields.OptionalInteger();
            string quote = fields.Text();
            string? scope = null, note = null, document = null;
            int? periodStart = null, periodEnd = null, changeFrom = null;
            bool relative = false;
            while (fields.NextKey(out var key))
            {
                switch (key)
                {
                    case PlanDataFormat.PeriodStartKey: periodStart = fields.Integer(); break;
                    case PlanDataFormat.PeriodEndKey: periodEnd = fields.Integer(); break;
                    case PlanDataFormat.ChangeFromKey: changeFrom = fields.Integer(); break;
                    case PlanDataFormat.RelativeKey: relative = true; break;
                    case PlanDataFormat.ScopeKey: scope = fields.Text(); break;
                    case PlanDataFormat.NoteKey: note = fields.Text(); break;
                    case PlanDataFormat.DocumentKey: document = fields.Text(); break;
                    default: throw fields.UnknownKey(key);
                }
            }

            return new ValueDefinition(year, value, Source(document, line, quote), scope, note)
            {
                PeriodStart = periodStart,
                PeriodEnd = periodEnd,
                ChangeFrom = changeFrom,
                Relative = relative,
            };
        }

        private TargetDefinition ReadTarget(ref Fields fields)
        {
            int year = fields.Integer();
            var op = fields.Token(PlanFileTokens.Operators);
            double? value = fields.OptionalNumber(out int decimals);
            int? line = fields.OptionalInteger();
            string quote = fields.Text();
            double? max = null, tolerance = null, baseline = null;
            int? baselineYear = null;
            bool relative = false, table = false, previousPeriod = false;
            string? scope = null, textZh = null, textEn = null, note = null, document = null;
            while (fields.NextKey(out var key))
            {
                switch (key)
                {
                    case PlanDataFormat.MaxKey: max = fields.Number(out _); break;
                    case PlanDataFormat.ToleranceKey: tolerance = fields.Number(out _); break;
                    case PlanDataFormat.BaselineYearKey: baselineYear = fields.Integer(); break;
                    case PlanDataFormat.BaselineKey: baseline = fields.Number(out _); break;
                    case PlanDataFormat.RelativeKey: relative = true; break;
                    case PlanDataFormat.TableKey: table = true; break;
                    case PlanDataFormat.PreviousPeriodKey: previousPeriod = true; break;
                    case PlanDataFormat.ScopeKey: scope = fields.Text(); break;
                    case PlanDataFormat.TextZhKey: textZh = fields.Text(); break;
                    case PlanDataFormat.TextEnKey: textEn = fields.Text(); break;
                    case PlanDataFormat.NoteKey: note = fields.Text(); break;
                    case PlanDataFormat.DocumentKey: document = fields.Text(); break;
                    default: throw fields.UnknownKey(key);
                }
            }

            return new TargetDefinition(year, op, Source(document, line, quote), value, max, tolerance,
                baselineYear, baseline, relative, decimals, scope, reference: null, textZh, textEn, note)
            {
                Table = table,
                PreviousPeriod = previousPeriod,
            };
        }

        private SourceDocument ReadDocument(ref Fields fields)
        {
            string id = fields.Text();
            var copy = fields.Token(PlanFileTokens.Copies);
            string published = fields.Text();
            string address = fields.Text();
            string titleZh = fields.Text();
            string issuer = fields.Text();
            string? note = null;
            while (fields.NextKey(out var key))
            {
                note = key == PlanDataFormat.NoteKey ? fields.Text() : throw fields.UnknownKey(key);
            }

            return new SourceDocument(id, titleZh, issuer, published, address, copy, note);
        }

        /// <summary>Provenance in <paramref name="document"/> (default: the plan's), with the published document it names, if any.</summary>
        private Provenance Source(string? document, int? line, string quote)
        {
            string name = document ?? _document;
            SourceDocument? published = null;
            foreach (var candidate in _documents)
            {
                if (candidate.Id == name)
                {
                    published = candidate;
                    break;
                }
            }

            return new Provenance(name, line, quote, published);
        }

        private static TargetReference ReadReference(ref Fields fields)
        {
            string text = fields.Text();
            TargetOperator? op = null;
            double? value = null;
            while (fields.NextKey(out var key))
            {
                switch (key)
                {
                    case PlanDataFormat.OperatorKey: op = fields.Token(PlanFileTokens.Operators); break;
                    case PlanDataFormat.ValueKey: value = fields.Number(out _); break;
                    default: throw fields.UnknownKey(key);
                }
            }

            return new TargetReference(text, op, value);
        }
    }

    /// <summary>Creates the indicator typed by its unit.</summary>
    private sealed class IndicatorFactory : IUnitVisitor<IIndicator>
    {
        private readonly IndicatorDefinition _definition;
        private readonly UnitInfo _unit;
        private readonly ValueDefinition[] _values;
        private readonly TargetDefinition[] _targets;

        public IndicatorFactory(IndicatorDefinition definition, UnitInfo unit, ValueDefinition[] values, TargetDefinition[] targets)
        {
            _definition = definition;
            _unit = unit;
            _values = values;
            _targets = targets;
        }

        public IIndicator Visit<TUnit>() where TUnit : class, IUnit
        {
            var values = new ReportedValue<TUnit>[_values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                var value = _values[i];
                values[i] = new ReportedValue<TUnit>(value.Year, new Quantity<TUnit>(value.Value), value.Source, value.Scope, value.Note)
                {
                    PeriodStart = value.PeriodStart,
                    PeriodEnd = value.PeriodEnd,
                    ChangeFrom = value.ChangeFrom,
                    IsRelativeChange = value.Relative,
                };
                if (value.MoreSources is { } more)
                {
                    more.Insert(0, value.Source);
                    values[i] = values[i] with { Sources = more };
                }
            }

            var targets = new Target<TUnit>[_targets.Length];
            for (int i = 0; i < targets.Length; i++)
            {
                targets[i] = new Target<TUnit>(_targets[i], _unit);
            }

            return new Indicator<TUnit>(_definition, values, targets, _unit);
        }
    }

    /// <summary>The fields of one record, read in order: fixed fields first, then optional <c>key=value</c> ones.</summary>
    private ref struct Fields
    {
        private ReadOnlySpan<byte> _rest;
        private ReadOnlySpan<byte> _pendingValue;
        private bool _hasPendingValue;
        private readonly int _lineNumber;
        private bool _done;

        public Fields(ReadOnlySpan<byte> line, int lineNumber)
        {
            _rest = line;
            _pendingValue = default;
            _hasPendingValue = false;
            _lineNumber = lineNumber;
            _done = false;
        }

        public string Text() => Decode(Next());

        public int Integer() => OptionalInteger() ?? throw Error("an integer is missing");

        /// <summary>An integer, or null for an empty field.</summary>
        public int? OptionalInteger()
        {
            var field = Next();
            if (field.IsEmpty)
            {
                return null;
            }

            return int.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
                ? value
                : throw Error($"'{Decode(field)}' is not an integer");
        }

        public double Number(out int decimals)
            => OptionalNumber(out decimals) ?? throw Error("a number is missing");

        /// <summary>A number as the plan file writes it (so its stated decimals are known), or null for an empty field.</summary>
        public double? OptionalNumber(out int decimals)
        {
            string text = Text();
            decimals = Wording.DecimalsOf(text);
            if (text.Length == 0)
            {
                return null;
            }

            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                ? value
                : throw Error($"'{text}' is not a number");
        }

        public TEnum Token<TEnum>(TokenTable<TEnum> table) where TEnum : struct, Enum
        {
            string token = Text();
            return table.TryParse(token, out var value) ? value : throw Error($"unknown word '{token}'");
        }

        /// <summary>Moves to the next optional field: its key, with its value to be read by the next call.</summary>
        public bool NextKey(out string key)
        {
            _hasPendingValue = false;
            if (_done)
            {
                key = string.Empty;
                return false;
            }

            var field = Next();
            int equals = field.IndexOf((byte)PlanDataFormat.KeySeparator);
            key = Decode(equals < 0 ? field : field.Slice(0, equals));
            _hasPendingValue = equals >= 0;
            _pendingValue = _hasPendingValue ? field.Slice(equals + 1) : default;
            return true;
        }

        public void End()
        {
            if (!_done)
            {
                throw Error("more fields than the record has");
            }
        }

        public FormatException UnknownKey(string key) => Error($"unknown field '{key}'");

        public FormatException Error(string problem)
            => new($"The plan data is malformed at line {_lineNumber.ToString(CultureInfo.InvariantCulture)}: {problem}. Rebuild the project with the generator of this HealthPlan.Catalogue version.");

        private ReadOnlySpan<byte> Next()
        {
            if (_hasPendingValue)
            {
                _hasPendingValue = false;
                return _pendingValue;
            }

            if (_done)
            {
                throw Error("a field is missing");
            }

            // Find the next separator that is not escaped.
            int i = 0;
            while (i < _rest.Length && _rest[i] != (byte)PlanDataFormat.Separator)
            {
                i += _rest[i] == (byte)PlanDataFormat.Escape ? 2 : 1;
            }

            var field = _rest.Slice(0, Math.Min(i, _rest.Length));
            if (i >= _rest.Length)
            {
                _done = true;
                _rest = default;
            }
            else
            {
                _rest = _rest.Slice(i + 1);
            }

            return field;
        }

        private string Decode(ReadOnlySpan<byte> field)
        {
            string text = Encoding.UTF8.GetString(field);
            int escape = text.IndexOf(PlanDataFormat.Escape);
            if (escape < 0)
            {
                return text;
            }

            var builder = new StringBuilder(text.Length);
            builder.Append(text, 0, escape);
            for (int i = escape; i < text.Length; i++)
            {
                char c = text[i];
                if (c != PlanDataFormat.Escape || i + 1 >= text.Length)
                {
                    builder.Append(c);
                }
                else if (text[i + 1] == 'u' && i + 5 < text.Length
                    && ushort.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort code))
                {
                    builder.Append((char)code);
                    i += 5;
                }
                else
                {
                    builder.Append(text[++i]);
                }
            }

            return builder.ToString();
        }
    }
}
