using System.IO;
using System.Linq;

namespace ReportingTool;

/// <summary>The command line: <c>ReportingTool --actuals data/actuals-2025.csv [--output report.md]</c>.</summary>
public static class ReportingApp
{
    /// <summary>Runs the tool; 0 when every binding target is met, 1 when not, 2 on bad input.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Any(arg => arg is "--help" or "-h" or "-?"))
        {
            output.WriteLine(Usage);
            output.WriteLine("Assesses the Hill County plan against the actual values in a CSV file (indicator,year,value) and writes a Markdown report.");
            output.WriteLine("Exit codes: 0 every binding target met, 1 some binding target not met, 2 bad input.");
            return 0;
        }

        string? actualsPath = Option(args, "--actuals");
        string? outputPath = Option(args, "--output");
        if (actualsPath is null)
        {
            error.WriteLine(Usage);
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

    /// <summary>The command line, named as the tool was started.</summary>
    private static string Usage
        => $"usage: {CommandName()} --actuals <file.csv> [--output <report.md>]";

    private static string CommandName()
    {
        string? process = Path.GetFileNameWithoutExtension(System.Environment.ProcessPath);
        return process is null || process.Equals("dotnet", System.StringComparison.OrdinalIgnoreCase) || process.StartsWith("testhost", System.StringComparison.OrdinalIgnoreCase)
            ? "ReportingTool"
            : process;
    }

    private static string? Option(string[] args, string name)
    {
        int index = System.Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
