using System.Text;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary>
/// Actuals files that are nearly right: more than one JSON value, a CSV of blank fields, a blank first line, years no plan
/// states, values a unit conversion cannot hold. Each is a located error with exit code 2, never a stack trace and never
/// silently read in part.
/// </summary>
public sealed class ActualsEdgeCaseTests
{
    private const string Fuxin = "fuxin-2016-2020";
    private const string Row = "{\"indicator\": \"infant-mortality-rate\", \"year\": 2020, \"value\": 5.1}";

    [Theory]
    [InlineData("[" + Row + "]\n[" + Row + "]", 2)]
    [InlineData("[" + Row + "] [1]", 1)]
    [InlineData("[" + Row + "]\n\n// a comment is fine\ntrailing text", 4)]
    [InlineData("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": []}\n{\"resourceType\": \"Bundle\"}", 2)]
    public void Anything_after_the_first_JSON_value_is_refused_at_its_line(string json, int line)
    {
        var result = Assess("actuals.json", json);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"actuals.json:{line}: more after the first JSON value", result.Error);
        AssertNoStackTrace(result);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"\"\n\"\"\n")]
    [InlineData(",,\n")]
    public void A_csv_of_blank_fields_is_an_empty_file(string csv)
    {
        var result = Assess("actuals.csv", csv);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the file is empty", result.Error);
        AssertNoStackTrace(result);
    }

    [Theory]
    [InlineData("   \nindicator;year;value\ninfant-mortality-rate;2020;5.1\n")]
    [InlineData("\t\nindicator\tyear\tvalue\ninfant-mortality-rate\t2020\t5.1\n")]
    [InlineData(" \r\n \r\nindicator,year,value\r\ninfant-mortality-rate,2020,5.1\r\n")]
    public void Blank_lines_before_the_header_do_not_hide_its_separator(string csv)
    {
        var result = Assess("actuals.csv", csv);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("met", result.Output);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1899")]
    [InlineData("2201")]
    [InlineData("2147483647")]
    public void A_year_no_plan_can_state_is_refused(string year)
    {
        var result = Assess("actuals.csv", $"indicator,year,value\ninfant-mortality-rate,{year},5.1\n");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"actuals.csv:2: year {year} is outside 1900–2200", result.Error);
    }

    [Theory]
    [InlineData("1e307", "per-mille")]
    [InlineData("1.7e308", "per-mille")]
    public void A_value_that_overflows_its_conversion_is_refused_not_shown_as_infinity(string value, string unit)
    {
        var result = AppRunner.Run("assess", Fuxin, "--actuals", Write("actuals.csv", $"indicator,year,value,unit\nmaternal-mortality-ratio,2020,{value},{unit}\n", out var folder));
        using (folder)
        {
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"value '{value}' ‰ is too large to convert", result.Error);
            Assert.DoesNotContain("∞", result.Output + result.Error);
            Assert.DoesNotContain("Infinity", result.Output + result.Error);
        }
    }

    private static RunResult Assess(string name, string content)
    {
        using var folder = new TempFolder();
        return AppRunner.Run("assess", Fuxin, "--actuals", folder.Write(name, content));
    }

    private static string Write(string name, string content, out TempFolder folder)
    {
        folder = new TempFolder();
        return folder.Write(name, content);
    }

    private static void AssertNoStackTrace(RunResult result)
    {
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("Exception", result.Error);
    }
}
