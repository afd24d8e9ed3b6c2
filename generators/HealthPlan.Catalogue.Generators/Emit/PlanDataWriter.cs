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
        Write(line, PlanFields.Plan, plan);
        Write(line, PlanFields.Region, plan.Region);
        foreach (var document in plan.Documents)
        {
            Write(line, PlanFields.Document, document);
        }

        foreach (var indicator in plan.Indicators)
        {
            Write(line, PlanFields.Indicator, indicator);
            foreach (var note in indicator.Notes)
            {
                line.Start(Format.Note).Field(note).End();
            }

            foreach (var value in indicator.Values)
            {
                Write(line, PlanFields.Value, value);
                WriteSources(line, value.Sources);
            }

            foreach (var target in indicator.Targets)
            {
                Write(line, PlanFields.Target, target);
                WriteSources(line, target.Sources);
                if (target.Reference is { } reference)
                {
                    Write(line, PlanFields.Reference, reference);
                }
            }
        }

        return line.LongestQuoteRun;
    }

    /// <summary>One record: its tag, then each field its table stores, in the table's order (<see cref="PlanRecordFields{T}.Stored"/>).</summary>
    private static void Write<T>(Record line, PlanRecordFields<T> table, T record)
    {
        line.Start(table.Tag);
        foreach (var field in table.Stored)
        {
            switch (field.Storage)
            {
                case FieldStorage.Positional:
                    line.Field(field.Format(record) ?? string.Empty);
                    break;
                case FieldStorage.Keyed:
                    line.Optional(field.Name, field.Format(record));
                    break;
                case FieldStorage.Flag:
                    line.Flag(field.Name, field.Format(record) is not null);
                    break;
            }
        }

        line.End();
    }

    /// <summary>A value's or target's sources, one record each, first statement first.</summary>
    private static void WriteSources(Record line, EquatableArray<SourceModel> sources)
    {
        foreach (var source in sources)
        {
            Write(line, PlanFields.Source, source);
        }
    }

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
