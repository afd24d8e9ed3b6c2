using System.Linq;
using HealthPlan.Catalogue.Testing;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary><c>assess</c>: verdicts, exit codes, and every kind of bad actuals file.</summary>
public sealed class AssessTests
{
    private const string Fuxin = "fuxin-2016-2020";

    [Fact]
    public void ValuesThatMeetFuxinTargetsExitZero()
    {
        using var folder = new TempFolder();
        string actuals = folder.Write("actuals.csv",
            "indicator,year,value\n"
            + "infant-mortality-rate,2020,5.9\n"
            + "under-five-mortality-rate,2020,7.2\n"
            + "maternal-mortality-ratio,2020,10\n");

        var result = AppRunner.Run("assess", Fuxin, "--actuals", actuals);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal(string.Empty, result.Error);
        Assert.DoesNotContain("│ not met", result.Output);
        Assert.Contains("-0.4 ‰", result.Output);
        Assert.Contains("3 targets assessed: 3 met, 0 not met, 0 cannot tell.", result.Output);
        Assert.Contains("marks no indicator as binding", result.Output);
    }

    [Fact]
    public void AValueThatMissesAFuxinTargetExitsOne()
    {
        using var folder = new TempFolder();
        string actuals = folder.Write("actuals.csv",
            "indicator,year,value\n"
            + "infant-mortality-rate,2020,6.8\n"
            + "maternal-mortality-ratio,2020,10\n");

        var result = AppRunner.Run("assess", Fuxin, "--actuals", actuals);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var row = Assert.Single(result.Output.Split('\n'), line => line.Contains("infant-mortality-rate"));
        Assert.Contains("not met", row);
        Assert.Contains("+0.5 ‰", row);
        Assert.Contains("2 targets assessed: 1 met, 1 not met, 0 cannot tell.", result.Output);
    }

    [Fact]
    public void JsonActualsAreAssessedLikeCsv()
    {
        using var folder = new TempFolder();
        string actuals = folder.Write("actuals.json",
            "[\n  { \"indicator\": \"infant-mortality-rate\", \"year\": 2020, \"value\": 5.9, \"unit\": \"‰\" },\n"
            + "  { \"indicator\": \"hospital-beds-per-1000\", \"year\": 2020, \"value\": 5.9, \"scope\": null }\n]\n");

        var result = AppRunner.Run("assess", Fuxin, "--actuals", actuals);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("2 targets assessed: 2 met", result.Output);
    }

    [Fact]
    public void ARelativeTargetWithoutBaselineCannotBeToldAndDoesNotPass()
    {
        using var folder = new TempFolder();
        string actuals = folder.Write("actuals.csv", "indicator,year,value\nlife-expectancy,2020,78.5\n");

        var result = AppRunner.Run("assess", Fuxin, "--actuals", actuals);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot tell", result.Output);
        Assert.Contains("life-expectancy 2020: cannot tell: the target is relative to 2015 and no baseline value is known", result.Output);
    }

    [Fact]
    public void OnlyBindingTargetsCountWhenThePlanMarksThem()
    {
        using var folder = new TempFolder();
        string actuals = folder.Write("actuals.csv",
            "indicator,year,value\n"
            + "immunization-coverage,2020,97\n"
            + "health-literacy,2020,20\n");

        var result = AppRunner.Run("assess", "cixi-2016-2020", "--actuals", actuals);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("│ not met", result.Output);
        Assert.Contains("Binding targets: 1 of 1 met.", result.Output);
        Assert.Contains("25 % of the way from 18.67 % in 2015", result.Output);
        // The 2015 baseline (99 %) already met ≥ 95 %: there was no way to cover, so no share of it is shown.
        Assert.Contains("│ from 99 % in 2015", result.Output);
        Assert.DoesNotContain("of the way from 99 %", result.Output);
    }

    [Fact]
    public void AMissedBindingTargetExitsOne()
    {
        using var folder = new TempFolder();
        string actuals = folder.Write("actuals.csv", "indicator,year,value\nimmunization-coverage,2020,94\nhealth-literacy,2020,30\n");

        var result = AppRunner.Run("assess", "cixi-2016-2020", "--actuals", actuals);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Binding targets: 0 of 1 met.", result.Output);
    }

    [Fact]
    public void ScopedRowsMatchScopedTargetsAndUnitIdsAreAccepted()
    {
        using var folder = new TempFolder();
        string actuals = folder.Write("actuals.csv",
            "indicator,scope,year,value,unit\n"
            + "ems-response-time,urban,2020,9,分钟\n"
            + "\"ems-response-time\",\"rural\",2020,18,minutes\n");

        var result = AppRunner.Run("assess", "cixi-2016-2020", "--actuals", actuals);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("ems-response-time (urban)", result.Output);
        Assert.Contains("ems-response-time (rural)", result.Output);
    }

    [Fact]
    public void WrongHeader()
    {
        var result = AssessFile("actuals.csv", "name,year,value\ninfant-mortality-rate,2020,5.9\n");

        AssertBadInput(result, "actuals.csv:1: wrong header 'name,year,value': expected indicator,year,value with optional scope and unit columns");
    }

    [Fact]
    public void MissingHeader()
    {
        var result = AssessFile("actuals.csv", "infant-mortality-rate,2020,5.9\n");

        AssertBadInput(result, "actuals.csv:1: wrong header 'infant-mortality-rate,2020,5.9'");
    }

    [Fact]
    public void UnknownIndicator()
    {
        var result = AssessFile("actuals.csv", "indicator,year,value\ninfant-mortality,2020,5.9\n");

        AssertBadInput(result, "actuals.csv:2: unknown indicator 'infant-mortality' in plan fuxin-2016-2020; did you mean infant-mortality-rate?");
    }

    [Fact]
    public void ValueNotANumber()
    {
        var result = AssessFile("actuals.csv", "indicator,year,value\ninfant-mortality-rate,2020,low\n");

        AssertBadInput(result, "actuals.csv:2: value 'low' is not a number");
    }

    [Fact]
    public void YearNotAWholeNumber()
    {
        var result = AssessFile("actuals.csv", "indicator,year,value\ninfant-mortality-rate,2020.5,5\n");

        AssertBadInput(result, "actuals.csv:2: year '2020.5' is not a whole number");
    }

    [Fact]
    public void UnitOfAnotherDimension()
    {
        var result = AssessFile("actuals.csv", "indicator,year,value,unit\ninfant-mortality-rate,2020,5.9,岁\n");

        AssertBadInput(result, "actuals.csv:2: unit '岁' does not match the unit of infant-mortality-rate: ‰ (per-mille), and does not convert to it (years is not a ratio unit)");
    }

    [Fact]
    public void UnknownUnit()
    {
        var result = AssessFile("actuals.csv", "indicator,year,value,unit\ninfant-mortality-rate,2020,5.9,permil\n");

        AssertBadInput(result, "actuals.csv:2: unknown unit 'permil'; infant-mortality-rate is in ‰ (per-mille)");
    }

    [Theory]
    [InlineData("%")]
    [InlineData("percent")]
    [InlineData("PERCENT")]
    public void A_percentage_for_a_per_mille_indicator_is_converted_with_a_note(string unit)
    {
        var result = AssessFile("actuals.csv", $"indicator,year,value,unit\ninfant-mortality-rate,2020,0.59,{unit}\n");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal("note: actuals.csv:2: infant-mortality-rate: 0.59 % converted to 5.9 ‰\n", result.Error);
        var row = Assert.Single(result.Output.Split('\n'), line => line.Contains("infant-mortality-rate"));
        Assert.Contains("5.9 ‰", row);
        Assert.Contains("met", row);
    }

    [Fact]
    public void DuplicateRowsAreOneProblemNamingEveryLine()
    {
        var result = AssessFile("actuals.csv", "indicator,year,value\ninfant-mortality-rate,2020,5.9\ninfant-mortality-rate,2020,6.1\n婴儿死亡率,2020,6.0\n");

        AssertBadInput(result, "actuals.csv:2: infant-mortality-rate 2020 is given 3 times, on lines 2, 3 and 4; keep one row");
        Assert.Single(result.Error.Split('\n'), line => line.Contains("given"));
        Assert.Contains("error: 1 problem in actuals.csv", result.Error);
    }

    [Fact]
    public void EmptyFile()
    {
        var result = AssessFile("actuals.csv", string.Empty);

        AssertBadInput(result, "actuals.csv: the file is empty");
    }

    [Fact]
    public void HeaderWithoutRows()
    {
        var result = AssessFile("actuals.csv", "indicator,year,value\n");

        AssertBadInput(result, "actuals.csv: the file is empty: it has a header but no rows");
    }

    [Fact]
    public void EmptyJsonArray()
    {
        var result = AssessFile("actuals.json", "[]");

        AssertBadInput(result, "actuals.json: the file is empty");
    }

    [Fact]
    public void RowAfterTheIndicatorsLastTarget()
    {
        var result = AssessFile("actuals.csv", "indicator,year,value\ninfant-mortality-rate,2021,5.9\n");

        AssertBadInput(result, "actuals.csv:2: infant-mortality-rate has no target for 2021 or later; its targets: ≤ 6.3 ‰ by 2020");
    }

    [Fact]
    public void Values_of_2018_get_progress_towards_the_2020_targets_and_are_not_judged()
    {
        var result = AppRunner.Run("assess", "cixi-2016-2020", "--actuals", ExamplePath("cixi-2018.csv"));

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var life = Assert.Single(result.Output.Split('\n'), line => line.Contains("│ life-expectancy "));
        Assert.Contains("│ due 2020 │", life);
        Assert.Contains("moderate progress", life);
        Assert.Contains("56 % of the way from 81.09 岁 in 2015", result.Output);
        Assert.Contains("0 targets assessed: 0 met, 0 not met, 0 cannot tell.", result.Output);
        Assert.Contains("5 values of years before the target's: progress only.", result.Output);
    }

    [Fact]
    public void Json_puts_Open_SDG_progress_on_every_row()
    {
        var result = AppRunner.Run("assess", "cixi-2016-2020", "--actuals", ExamplePath("cixi-2018.csv"), "--output", "json");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        var rows = document.RootElement.GetProperty("assessments").EnumerateArray().ToArray();
        Assert.Equal(5, rows.Length);
        Assert.All(rows, row =>
        {
            Assert.False(row.GetProperty("due").GetBoolean());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, row.GetProperty("outcome").ValueKind);
            var progress = row.GetProperty("progress");
            foreach (var name in new[] { "status", "score", "growthRatio", "baseYear", "baseValue", "targetYear", "targetValue", "expectedLinear", "expectedCompound", "projected" })
            {
                Assert.True(progress.TryGetProperty(name, out _), $"progress has no '{name}'");
            }
        });

        // Worked by hand: CAGR observed (81.6/81.09)^(1/3) − 1, required (82/81.09)^(1/5) − 1, ratio 0.936289 (≥ 0.6: moderate),
        // score 7.1429 · ratio − 4.2857; straight line 81.09 + 0.91 · 3/5; projection 81.09 · (81.6/81.09)^(5/3).
        var life = rows.Single(row => row.GetProperty("indicator").GetString() == "life-expectancy").GetProperty("progress");
        Assert.Equal("moderate_progress", life.GetProperty("status").GetString());
        Assert.Equal(0.936289, life.GetProperty("growthRatio").GetDouble(), 6);
        Assert.Equal(2.402121, life.GetProperty("score").GetDouble(), 5);
        Assert.Equal((2015, 81.09, 2020, 82.0), (life.GetProperty("baseYear").GetInt32(), life.GetProperty("baseValue").GetDouble(), life.GetProperty("targetYear").GetInt32(), life.GetProperty("targetValue").GetDouble()));
        Assert.Equal(81.636, life.GetProperty("expectedLinear").GetDouble(), 9);
        Assert.Equal(81.634781, life.GetProperty("expectedCompound").GetDouble(), 6);
        Assert.Equal(81.941781, life.GetProperty("projected").GetDouble(), 6);
        var infant = rows.Single(row => row.GetProperty("indicator").GetString() == "infant-mortality-rate").GetProperty("progress");
        Assert.Equal(("target_achieved", 5.0), (infant.GetProperty("status").GetString(), infant.GetProperty("score").GetDouble()));
        Assert.Equal(5, document.RootElement.GetProperty("summary").GetProperty("progressOnly").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("summary").GetProperty("assessed").GetInt32());
    }

    [Fact]
    public void One_file_may_hold_several_years_the_target_year_judged_the_others_measured()
    {
        using var folder = new TempFolder();
        string actuals = folder.Write("actuals.csv",
            "indicator,year,value\n"
            + "life-expectancy,2017,81.3\n"
            + "life-expectancy,2018,81.6\n"
            + "life-expectancy,2020,82.3\n");

        var result = AppRunner.Run("assess", "cixi-2016-2020", "--actuals", actuals, "--output", "json");

        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        var rows = document.RootElement.GetProperty("assessments").EnumerateArray().ToArray();
        Assert.Equal(new[] { 2017, 2018, 2020 }, rows.Select(row => row.GetProperty("year").GetInt32()));
        Assert.Equal(new[] { false, false, true }, rows.Select(row => row.GetProperty("due").GetBoolean()));
        Assert.Equal("met", rows[2].GetProperty("outcome").GetString());
        Assert.Equal("target_achieved", rows[2].GetProperty("progress").GetProperty("status").GetString());
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void JsonValueNotANumberNamesItsLine()
    {
        var result = AssessFile("actuals.json",
            "[\n  { \"indicator\": \"infant-mortality-rate\", \"year\": 2020, \"value\": 5.9 },\n"
            + "  { \"indicator\": \"maternal-mortality-ratio\", \"year\": 2020, \"value\": \"ten\" }\n]\n");

        AssertBadInput(result, "actuals.json:3: value 'ten' is not a number");
    }

    [Fact]
    public void MalformedJson()
    {
        var result = AssessFile("actuals.json", "[\n  { \"indicator\": \"infant-mortality-rate\", \"year\": 2020,\n");

        AssertBadInput(result, "actuals.json");
        Assert.Contains("not valid JSON", result.Error);
    }

    [Fact]
    public void UnknownFileType()
    {
        var result = AssessFile("actuals.pdf", "indicator,year,value\ninfant-mortality-rate,2020,5.9\n");

        AssertBadInput(result, "actuals.pdf: unknown file type '.pdf'; actuals must be a .csv (or .tsv, .txt) or .json file");
    }

    [Fact]
    public void ASpreadsheetIsRefusedWithWhatToDo()
    {
        var result = AssessFile("actuals.xlsx", "PK");

        AssertBadInput(result, "actuals.xlsx: a spreadsheet ('.xlsx') is not read; save the sheet as CSV (CSV UTF-8 in Excel) and assess that file");
    }

    [Fact]
    public void MissingFile()
    {
        using var folder = new TempFolder();
        var result = AppRunner.Run("assess", Fuxin, "--actuals", System.IO.Path.Combine(folder.Path, "missing.csv"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing.csv: file not found", result.Error);
    }

    [Fact]
    public void EveryProblemIsReportedAndNothingIsAssessed()
    {
        var result = AssessFile("actuals.csv",
            "indicator,year,value,unit\n"
            + "infant-mortality-rate,2020,5.9,‰\n"
            + "under-five-mortality-rate,2020,7.0,kg\n"
            + "no-such-indicator,2020,1,\n"
            + "maternal-mortality-ratio,20x,abc,\n"
            + "infant-mortality-rate,2020,6.8,\n");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        var errors = result.Error.TrimEnd('\n').Split('\n');
        Assert.Equal(
            new[]
            {
                "error: actuals.csv:2: infant-mortality-rate 2020 is given 2 times, on lines 2 and 6; keep one row",
                "error: actuals.csv:3: unknown unit 'kg'; under-five-mortality-rate is in ‰ (per-mille)",
                "error: actuals.csv:4: unknown indicator 'no-such-indicator' in plan fuxin-2016-2020",
                "error: actuals.csv:5: year '20x' is not a whole number",
                "error: actuals.csv:5: value 'abc' is not a number",
                "error: 5 problems in actuals.csv; nothing was assessed",
            },
            errors);
    }

    private static RunResult AssessFile(string name, string content)
    {
        using var folder = new TempFolder();
        string path = folder.Write(name, content);
        var result = AppRunner.Run("assess", Fuxin, "--actuals", path);
        return result with { Error = result.Error.Replace(folder.Path + System.IO.Path.DirectorySeparatorChar, string.Empty) };
    }

    private static void AssertBadInput(RunResult result, string expectedError)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("error: " + expectedError, result.Error);
        Assert.EndsWith("nothing was assessed\n", result.Error);
    }

    /// <summary>A file of samples/TargetQuery/examples, as the README runs it.</summary>
    private static string ExamplePath(string name) => System.IO.Path.Combine(RepositoryPaths.Root, "samples", "TargetQuery", "examples", name);
}
