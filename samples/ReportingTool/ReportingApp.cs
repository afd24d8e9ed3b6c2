using System.IO;

namespace ReportingTool;

/// <summary>The command line: <c>ReportingTool --actuals data/actuals-2025.csv [--output report.md]</c>.</summary>
public static class ReportingApp
{
    /// <summary>Runs the tool; 0 when every binding target is met, 1 when not, 2 on bad input.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? actualsPath = Option(args, "--actuals");
        string? outputPath = Option(args, "--output");
        if (actualsPath is null)
        {
            error.WriteLine("usage: ReportingTool --actuals <file.csv> [--output <report.md>]");
            return 2;
        }

        var file = ActualsFile.Read(actualsPath, out var problems);
        if (file is null)
        {
            foreach (var problem in problems)
            {
                error.WriteLine(problem);
            }

            return 2;
        }

        var assessment = HillCountyReport.Assess(file, out var unknown);
        if (unknown.Count > 0)
        {
            error.WriteLine($"{actualsPath}: unknown indicators: {string.Join(", ", unknown)}");
            return 2;
        }

        string report = MarkdownReport.Write(assessment);
        if (outputPath is null)
        {
            output.Write(report);
        }
        else
        {
            File.WriteAllText(outputPath, report);
            output.WriteLine($"Wrote {outputPath}: {assessment}");
        }

        return assessment.AllBindingMet ? 0 : 1;
    }

    private static string? Option(string[] args, string name)
    {
        int index = System.Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
