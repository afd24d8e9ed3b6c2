using System;
using System.IO;
using HealthPlan.Catalogue.Testing;
using ReportingTool;

namespace HealthPlan.Catalogue.Tests.Samples;

public class ReportingToolTests
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "data");

    [Fact]
    public void Report_for_2025()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        int exitCode = ReportingApp.Run(new[] { "--actuals", Path.Combine(Data, "actuals-2025.csv") }, output, error);

        Assert.Equal(1, exitCode); // the maternal mortality ratio, a binding target, is missed
        Assert.Equal(string.Empty, error.ToString());
        Snapshot.Verify(output.ToString(), extension: "md");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_is_not_an_error(string flag)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        int exitCode = ReportingApp.Run(new[] { flag }, output, error);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error.ToString());
        Assert.StartsWith("usage: ReportingTool --actuals <file.csv>", output.ToString());
        Assert.DoesNotContain("dotnet run", output.ToString());
    }

    [Fact]
    public void Bad_rows_are_reported_with_their_lines_and_nothing_is_assessed()
    {
        string path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "indicator,year,value\ninfant-mortality-rate,2025,four\ninfant-mortality-rate,2024,4.0\n");
        var error = new StringWriter();

        int exitCode = ReportingApp.Run(new[] { "--actuals", path }, new StringWriter(), error);
        File.Delete(path);

        Assert.Equal(2, exitCode);
        Assert.Contains(":2: 'four' is not a number", error.ToString());
        Assert.Contains(":3: every row must be for 2025, not 2024", error.ToString());
    }

    [Fact]
    public void Unknown_indicators_are_refused()
    {
        string path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "indicator,year,value\ninfant-mortality,2025,4.0\n");
        var error = new StringWriter();

        int exitCode = ReportingApp.Run(new[] { "--actuals", path }, new StringWriter(), error);
        File.Delete(path);

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown indicators: infant-mortality", error.ToString());
    }
}
