using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace ReportingTool;

/// <summary>
/// Measured values read from a CSV file with the header <c>indicator,year,value</c>: one year per file,
/// one row per indicator. Problems are collected with their line numbers rather than thrown one by one.
/// </summary>
public sealed class ActualsFile
{
    private readonly Dictionary<string, double> _values;

    private ActualsFile(int year, Dictionary<string, double> values)
    {
        Year = year;
        _values = values;
    }

    /// <summary>The year every row refers to.</summary>
    public int Year { get; }

    /// <summary>The value given for <paramref name="indicatorId"/>, or null when the file has none.</summary>
    public double? Get(string indicatorId) => _values.TryGetValue(indicatorId, out var value) ? value : null;

    /// <summary>The indicator ids the file gives values for.</summary>
    public IEnumerable<string> Indicators => _values.Keys;

    /// <summary>Reads <paramref name="path"/>; on any problem returns null and lists them as <c>file:line: message</c>.</summary>
    public static ActualsFile? Read(string path, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        problems = found;
        if (!File.Exists(path))
        {
            found.Add($"{path}: the file does not exist");
            return null;
        }

        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Trim() != "indicator,year,value")
        {
            found.Add($"{path}:1: the header must be 'indicator,year,value'");
            return null;
        }

        int? year = null;
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            string where = $"{path}:{i + 1}";
            var cells = lines[i].Split(',');
            if (cells.Length != 3)
            {
                found.Add($"{where}: expected 3 cells, found {cells.Length}");
                continue;
            }

            if (!int.TryParse(cells[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int rowYear))
            {
                found.Add($"{where}: '{cells[1]}' is not a year");
            }
            else if (year is int first && first != rowYear)
            {
                found.Add($"{where}: every row must be for {first}, not {rowYear}");
            }
            else
            {
                year = rowYear;
            }

            if (!double.TryParse(cells[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                found.Add($"{where}: '{cells[2]}' is not a number");
            }
            else if (!values.TryAdd(cells[0], value))
            {
                found.Add($"{where}: '{cells[0]}' appears twice");
            }
        }

        if (year is null && found.Count == 0)
        {
            found.Add($"{path}: the file has no values");
        }

        return found.Count == 0 ? new ActualsFile(year!.Value, values) : null;
    }
}
