using System.Globalization;
using System.Text;
using HealthPlan.Catalogue.Generators.Model;
using HealthPlan.Catalogue.Generators.Shared;
using Format = HealthPlan.Catalogue.Generators.Shared.PlanDataFormat;

namespace HealthPlan.Catalogue.Generators.Emit;

/// <summary>Writes a plan's model as the records of <see cref="PlanDataFormat"/>, which the runtime's <c>PlanData</c> reads.</summary>
internal static class PlanDataWriter
{
    /// <summary>
    /// Writes the records, one per line at the writer's indentation, straight into <paramref name="w"/>, and returns
    /// the longest run of <c>"</c> in them (a raw literal's delimiter must be longer).
    /// </summary>
    public static int WriteRecords(SourceWriter w, PlanModel plan)
    {
        var line = new Record(w, new QuoteRun());
        line.Start(Format.Header).Number(Format.Version).End();
        line.Start(Format.Plan).Field(plan.Id).Number(plan.PeriodStart).Number(plan.PeriodEnd).Field(plan.Document)
            .Field(plan.NameZh).Field(plan.NameEn).End();
        var region = plan.Region;
        line.Start(Format.Region).Field(region.Id).Field(PlanFileTokens.Levels.TokenOf(region.Level)!).Field(region.NameZh)
            .Field(region.NameEn).Optional(Format.ParentKey, region.ParentZh).End();
        foreach (var document in plan.Documents)
        {
            line.Start(Format.Document).Field(document.Id).Field(PlanFileTokens.Copies.TokenOf(document.Copy)!).Field(document.Published)
                .Field(document.Address).Field(document.TitleZh).Field(document.Issuer).Optional(Format.NoteKey, document.Note).End();
        }

        foreach (var indicator in plan.Indicators)
        {
            line.Start(Format.Indicator).Field(indicator.Id).Field(indicator.Unit.Id).Field(PlanFileTokens.Directions.TokenOf(indicator.Direction)!)
                .Field(indicator.Concept).Field(indicator.Category).Field(indicator.NameZh).Field(indicator.NameEn)
                .Optional(Format.AttributeKey, PlanFileTokens.Attributes.TokenOf(indicator.Attribute))
                .Optional(Format.CategoryZhKey, indicator.CategoryZh).End();
            foreach (var note in indicator.Notes)
            {
                line.Start(Format.Note).Field(note).End();
            }

            foreach (var value in indicator.Values)
            {
                line.Start(Format.Value).Number(value.Year).Field(value.Value.Text).Number(value.Source.Line).Field(value.Source.Quote)
                    .Optional(Format.PeriodStartKey, Invariant(value.PeriodStart)).Optional(Format.PeriodEndKey, Invariant(value.PeriodEnd))
                    .Optional(Format.ChangeFromKey, Invariant(value.ChangeFrom)).Flag(Format.RelativeKey, value.Relative)
                    .Optional(Format.ScopeKey, value.Scope).Optional(Format.NoteKey, value.Note).Optional(Format.DocumentKey, value.Source.Document).End();
                WriteMoreSources(line, value.Sources);
            }

            foreach (var target in indicator.Targets)
            {
                line.Start(Format.Target).Number(target.Year).Field(PlanFileTokens.Operators.TokenOf(target.Operator)!)
                    .Field(target.Value?.Text ?? string.Empty).Number(target.Source.Line).Field(target.Source.Quote)
                    .Optional(Format.MaxKey, target.ValueMax?.Text).Optional(Format.ToleranceKey, target.Tolerance?.Text)
                    .Optional(Format.BaselineYearKey, target.BaselineYear?.ToString(CultureInfo.InvariantCulture))
                    .Optional(Format.BaselineKey, target.BaselineValue?.Text).Flag(Format.RelativeKey, target.Relative)
                    .Flag(Format.TableKey, target.Table).Flag(Format.PreviousPeriodKey, target.PreviousPeriod)
                    .Optional(Format.ScopeKey, target.Scope).Optional(Format.TextZhKey, target.TextZh).Optional(Format.TextEnKey, target.TextEn)
                    .Optional(Format.NoteKey, target.Note).Optional(Format.DocumentKey, target.Source.Document).End();
                WriteMoreSources(line, target.Sources);
                if (target.Reference is { } reference)
                {
                    string? op = reference.Operator is { } referenceOperator ? PlanFileTokens.Operators.TokenOf(referenceOperator) : null;
                    line.Start(Format.Reference).Field(reference.TextZh).Optional(Format.OperatorKey, op)
                        .Optional(Format.ValueKey, reference.Value?.Text).End();
                }
            }
        }

        return line.LongestQuoteRun;
    }

    /// <summary>The sources after the first (which the value or target record carries), one record each.</summary>
    private static void WriteMoreSources(Record line, EquatableArray<SourceModel> sources)
    {
        for (int i = 1; i < sources.Count; i++)
        {
            var source = sources[i];
            line.Start(Format.Source).Number(source.Line).Field(source.Quote).Optional(Format.DocumentKey, source.Document).End();
        }
    }

    private static string? Invariant(int? number) => number?.ToString(CultureInfo.InvariantCulture);

    /// <summary>One record being written on its own line: its tag, then fields separated by <see cref="PlanDataFormat.Separator"/>.</summary>
    private struct Record
    {
        private readonly SourceWriter _writer;
        private readonly QuoteRun _quotes;
        private StringBuilder _text;

        public Record(SourceWriter writer, QuoteRun quotes)
        {
            _writer = writer;
            _quotes = quotes;
            _text = null!;
        }

        public int LongestQuoteRun => _quotes.Longest;

        public Record Start(string tag)
        {
            _text = _writer.StartLine().Append(tag);
            return this;
        }

        public Record Field(string text)
        {
            _quotes.Observe(text);
            Format.AppendField(_text.Append(Format.Separator), text);
            return this;
        }

        public Record Number(int number)
        {
            SourceWriter.AppendInteger(_text.Append(Format.Separator), number);
            return this;
        }

        /// <summary>A number, or an empty field for none.</summary>
        public Record Number(int? number)
        {
            if (number is int value)
            {
                return Number(value);
            }

            _text.Append(Format.Separator);
            return this;
        }

        public Record Optional(string key, string? text)
        {
            if (text is not null)
            {
                _quotes.Observe(text);
                Format.AppendField(_text.Append(Format.Separator).Append(key).Append(Format.KeySeparator), text);
            }

            return this;
        }

        public Record Flag(string key, bool set)
        {
            if (set)
            {
                _text.Append(Format.Separator).Append(key);
            }

            return this;
        }

        /// <summary>Ends the record's line.</summary>
        public void End() => _writer.EndLine();
    }

    /// <summary>The longest run of <c>"</c> seen in the fields written so far: the text itself holds no other quotes.</summary>
    private sealed class QuoteRun
    {
        public int Longest { get; private set; }

        public void Observe(string text)
        {
            int run = 0;
            foreach (char c in text)
            {
                run = c == '"' ? run + 1 : 0;
                Longest = run > Longest ? run : Longest;
            }
        }
    }
}
