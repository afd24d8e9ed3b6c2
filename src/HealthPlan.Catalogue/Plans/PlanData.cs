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
public static partial class PlanData
{
    /// <summary>
    /// Reads the plan a generated plan class carries in its <see cref="PlanDataAttribute"/>. Generated code calls this
    /// once per plan, on first use.
    /// </summary>
    /// <param name="planClass">The generated plan class, for example <c>typeof(Plans.Fuxin.Fyp13)</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="planClass"/> carries no plan data.</exception>
    /// <exception cref="FormatException">The data is not in the format this runtime reads (the generator and the runtime come from different versions).</exception>
    public static Plan Read(Type planClass)
    {
        if (planClass is null)
        {
            throw new ArgumentNullException(nameof(planClass));
        }

        var attribute = (PlanDataAttribute?)Attribute.GetCustomAttribute(planClass, typeof(PlanDataAttribute), inherit: false)
            ?? throw new ArgumentException($"'{planClass.FullName}' carries no [PlanData]: it is not a generated plan class.", nameof(planClass));
        return Read(attribute.Data);
    }

    /// <summary>Reads the plan stored in <paramref name="data"/>, plan data as a generated plan class carries it.</summary>
    /// <exception cref="FormatException">The data is not in the format this runtime reads (the generator and the runtime come from different versions).</exception>
    public static Plan Read(string data)
    {
        if (data is null)
        {
            throw new ArgumentNullException(nameof(data));
        }

        var reader = new Reader();
        int lineNumber = 0;
        var rest = data.AsSpan();
        while (rest.Length > 0)
        {
            int end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest.Slice(0, end);
            rest = end < 0 ? ReadOnlySpan<char>.Empty : rest.Slice(end + 1);
            lineNumber++;
            if (line.Length > 0 && line[line.Length - 1] == '\r')
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
        private readonly List<Sourced<ValueModel>> _values = new();
        private readonly List<Sourced<TargetModel>> _targets = new();
        private readonly List<SourceDocument> _documents = new();
        private bool _headerRead;
        private PlanModel? _plan;
        private Region? _region;
        private IndicatorModel? _indicator;

        /// <summary>Whether the last value or target record was a target: a source record adds to it.</summary>
        private bool _lastSourcedIsTarget;

        public void ReadLine(ref Fields fields)
        {
            string tag = fields.Text();
            if (!_headerRead)
            {
                if (tag != PlanDataFormat.Header || fields.Integer("version") != PlanDataFormat.Version)
                {
                    throw fields.Error($"expected '{PlanDataFormat.Header}|{PlanDataFormat.Version}': the plan was generated for another version of HealthPlan.Catalogue");
                }

                _headerRead = true;
                return;
            }

            switch (tag)
            {
                case PlanDataFormat.Plan:
                    _plan = ReadPlan(ref fields);
                    break;
                case PlanDataFormat.Region:
                    var region = ReadRegion(ref fields);
                    _region = new Region(region.Id, region.NameZh, region.NameEn, region.Level, region.ParentZh, region.Code);
                    break;
                case PlanDataFormat.Document:
                    var document = ReadDocument(ref fields);
                    _documents.Add(new SourceDocument(document.Id, document.TitleZh, document.Issuer, document.Published, document.Address, document.Copy, document.Note));
                    break;
                case PlanDataFormat.Indicator:
                    FinishIndicator();
                    _ = _plan ?? throw fields.Error("an indicator before the plan record");
                    _indicator = ReadIndicator(ref fields);
                    break;
                case PlanDataFormat.Note:
                    _ = Current(ref fields);
                    _notes.Add(fields.Text());
                    break;
                case PlanDataFormat.Value:
                    _ = Current(ref fields);
                    _values.Add(new(ReadValue(ref fields)));
                    _lastSourcedIsTarget = false;
                    break;
                case PlanDataFormat.Target:
                    _ = Current(ref fields);
                    _targets.Add(new(ReadTarget(ref fields)));
                    _lastSourcedIsTarget = true;
                    break;
                case PlanDataFormat.Source:
                    var source = ReadSource(ref fields);
                    var sourced = _lastSourcedIsTarget ? (ISourced?)Last(_targets) : Last(_values);
                    (sourced ?? throw fields.Error("a source before any value or target of the indicator")).Sources.Add(Source(source));
                    break;
                case PlanDataFormat.Reference:
                    var target = Last(_targets) ?? throw fields.Error("a reference before any target");
                    target.Record = target.Record with { Reference = ReadReference(ref fields) };
                    break;
                default:
                    throw fields.Error($"unknown record '{tag}'");
            }

            fields.End();
        }

        public Plan Finish()
        {
            FinishIndicator();
            if (_plan is null || _region is null)
            {
                throw new FormatException("The plan data has no plan or region record.");
            }

            return new Plan(_plan.Id, _plan.NameZh, _plan.NameEn, _region, _plan.PeriodStart, _plan.PeriodEnd, _plan.Document, _indicators.ToArray(), _documents.ToArray());
        }

        private IndicatorModel Current(ref Fields fields)
            => _indicator ?? throw fields.Error("a record that belongs to an indicator comes before any indicator");

        private static T? Last<T>(List<T> items) where T : class => items.Count == 0 ? null : items[items.Count - 1];

        private void FinishIndicator()
        {
            if (_indicator is null)
            {
                return;
            }

            var indicator = _notes.Count > 0 ? _indicator with { Notes = _notes.ToEquatableArray() } : _indicator;
            _indicators.Add(UnitCatalogue.Visit(indicator.Unit, new IndicatorFactory(_plan!.Id, indicator, _values.ToArray(), _targets.ToArray())));
            _indicator = null;
            _notes.Clear();
            _values.Clear();
            _targets.Clear();
        }

        /// <summary>Provenance in the source's document (default: the plan's), with the published document it names, if any.</summary>
        private Provenance Source(SourceModel source)
        {
            string name = source.Document ?? _plan?.Document ?? string.Empty;
            SourceDocument? published = null;
            foreach (var candidate in _documents)
            {
                if (candidate.Id == name)
                {
                    published = candidate;
                    break;
                }
            }

            return new Provenance(name, source.Line, source.Quote, published);
        }
    }

    /// <summary>A value or target whose sources arrive on the records after it.</summary>
    private interface ISourced
    {
        List<Provenance> Sources { get; }
    }

    /// <summary>A value or target read, and its sources so far.</summary>
    private sealed class Sourced<T> : ISourced
    {
        public Sourced(T record) => Record = record;

        public T Record { get; set; }

        public List<Provenance> Sources { get; } = new(1);
    }

    /// <summary>Creates the indicator typed by its unit.</summary>
    private sealed class IndicatorFactory : IUnitVisitor<IIndicator>
    {
        private readonly string _planId;
        private readonly IndicatorModel _indicator;
        private readonly Sourced<ValueModel>[] _values;
        private readonly Sourced<TargetModel>[] _targets;

        public IndicatorFactory(string planId, IndicatorModel indicator, Sourced<ValueModel>[] values, Sourced<TargetModel>[] targets)
        {
            _planId = planId;
            _indicator = indicator;
            _values = values;
            _targets = targets;
        }

        public IIndicator Visit<TUnit>() where TUnit : class, IUnit
        {
            var values = new ReportedValue<TUnit>[_values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = new ReportedValue<TUnit>(_values[i].Record, Sources(_values[i]));
            }

            var targets = new Target<TUnit>[_targets.Length];
            for (int i = 0; i < targets.Length; i++)
            {
                targets[i] = new Target<TUnit>(_targets[i].Record, Sources(_targets[i]), _indicator.Unit);
            }

            return new Indicator<TUnit>(_planId, _indicator, values, targets);
        }

        private static Provenance[] Sources(ISourced sourced)
            => sourced.Sources.Count > 0 ? sourced.Sources.ToArray() : throw new FormatException("The plan data has a value or target without a source.");
    }

    /// <summary>The fields of one record, read in order: fixed fields first, then optional <c>key=value</c> ones.</summary>
    private ref struct Fields
    {
        private ReadOnlySpan<char> _rest;
        private ReadOnlySpan<char> _pendingValue;
        private bool _hasPendingValue;
        private readonly int _lineNumber;
        private bool _done;

        public Fields(ReadOnlySpan<char> line, int lineNumber)
        {
            _rest = line;
            _pendingValue = default;
            _hasPendingValue = false;
            _lineNumber = lineNumber;
            _done = false;
        }

        public string Text() => Decode(Next());

        /// <summary>A text, or null for an empty field.</summary>
        public string? OptionalText()
        {
            var field = Next();
            return field.IsEmpty ? null : Decode(field);
        }

        /// <summary>The integer field <paramref name="name"/>, or null when empty.</summary>
        public int? Integer(string name)
        {
            var field = Next();
            if (field.IsEmpty)
            {
                return null;
            }

            return int.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value)
                ? value
                : throw Error($"'{name}': '{Decode(field)}' is not an integer");
        }

        /// <summary>The number field <paramref name="name"/> with the text it is written with, or null when empty.</summary>
        public NumberModel? Number(string name)
        {
            var field = Next();
            if (field.IsEmpty)
            {
                return null;
            }

            return double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                ? new NumberModel(value, field.ToString())
                : throw Error($"'{name}': '{Decode(field)}' is not a number");
        }

        /// <summary>The unit field <paramref name="name"/>: a unit's plan-file id.</summary>
        public UnitInfo Unit(string name)
        {
            string text = Text();
            return UnitCatalogue.Find(text) ?? throw Error($"'{name}': unknown unit '{text}'");
        }

        /// <summary>The word field <paramref name="name"/>, one of <paramref name="words"/>.</summary>
        public TEnum Word<TEnum>(TokenTable<TEnum> words, string name)
            where TEnum : struct, Enum
        {
            string text = Text();
            return words.TryParse(text, out var value) ? value : throw Error($"'{text}' is not a word '{name}' takes");
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
            int equals = field.IndexOf(PlanDataFormat.KeySeparator);
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

        private ReadOnlySpan<char> Next()
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
            while (i < _rest.Length && _rest[i] != PlanDataFormat.Separator)
            {
                i += _rest[i] == PlanDataFormat.Escape ? 2 : 1;
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

        private string Decode(ReadOnlySpan<char> field)
        {
            int escape = field.IndexOf(PlanDataFormat.Escape);
            if (escape < 0)
            {
                return field.ToString();
            }

            string text = field.ToString();

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
