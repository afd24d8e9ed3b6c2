// Shared with the generator as a linked source file (see generators/…/HealthPlan.Catalogue.Generators.csproj):
// the generator writes this format and the runtime's PlanData reads it, so both follow one definition.
using System.Text;

#if BUILDING_SOURCE_GENERATOR
namespace HealthPlan.Catalogue.Generators.Shared;
#else
namespace HealthPlan.Catalogue;
#endif

/// <summary>
/// The compact text a generated plan class stores its numbers, texts and provenance in (the argument of its <c>[PlanData]</c>),
/// one record per line, fields separated by <c>|</c>:
/// <code>
/// hpc-plan-data|2
/// plan|…        then region|…, document|… (each published document), and each indicator:
/// indicator|…   then note|{text} (each note), value|… and target|… (each followed by its source|… records;
///               a target also by its reference|…, if it has one)
/// </code>
/// A record's fields are its table's in <see cref="PlanFields"/>: first its fixed fields (<see cref="FieldStorage.Positional"/>),
/// in table order and empty when absent, then, when present, its optional ones as <c>key=value</c> and its flags as
/// <c>key</c>, the key being the field's plan-file name. The generator writes every record through its table's
/// getters and the runtime reads it with a reader the CodeGen writes from the same table, so a field is never written
/// without being read. Words are <see cref="PlanFileTokens"/>'
/// and units' plan-file ids; numbers are written as the plan file writes them, so their stated decimals survive.
/// In a field, <c>\|</c> is <c>|</c>, <c>\\</c> is <c>\</c>, and <c>\uXXXX</c> a character that cannot stand in a
/// line of C# source (line breaks, control characters other than tab, lone surrogates).
/// </summary>
internal static class PlanDataFormat
{
    public const string Header = "hpc-plan-data";

    /// <summary>2: every source on a line of its own, keys are plan-file names, fields follow <see cref="PlanFields"/>.</summary>
    public const int Version = 2;

    public const string Plan = "plan";
    public const string Region = "region";
    public const string Document = "document";
    public const string Indicator = "indicator";
    public const string Note = "note";
    public const string Value = "value";
    public const string Target = "target";
    public const string Reference = "reference";
    public const string Source = "source";

    public const char Separator = '|';
    public const char Escape = '\\';
    public const char KeySeparator = '=';

    /// <summary>Appends <paramref name="text"/> as one field, escaped.</summary>
    public static void AppendField(StringBuilder line, string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is Separator or Escape)
            {
                line.Append(Escape).Append(c);
            }
            else if (NeedsCode(text, i))
            {
                line.Append(Escape).Append('u').Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                line.Append(c);
            }
        }
    }

    /// <summary>Whether the character at <paramref name="index"/> must be written as <c>\uXXXX</c>.</summary>
    private static bool NeedsCode(string text, int index)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(text[index - 1]);
        }

        return (c < ' ' && c != '\t') || c is '\u007F' or '\u0085' or '\u2028' or '\u2029';
    }
}
