using System.Collections.Generic;
using System.Text;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary>Reads back the CSV the tool writes (RFC 4180: quoted fields, doubled quotes), to check it as a spreadsheet would.</summary>
internal static class CsvRecords
{
    /// <summary>The fields of one record, unquoted.</summary>
    public static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
