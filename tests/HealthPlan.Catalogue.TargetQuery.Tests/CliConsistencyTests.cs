using System.Linq;
using System.Text.Json;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary>
/// One CLI: --format on every command, values in any case, names accepted where ids are, "did you mean" for a
/// mistyped option, errors as JSON when JSON is asked for, messages that name the tool as it was started.
/// </summary>
public sealed class CliConsistencyTests
{
    [Theory]
    [InlineData("plans")]
    [InlineData("concepts")]
    [InlineData("show", "fuxin-2016-2020")]
    [InlineData("compare", "infant-mortality-rate")]
    [InlineData("export")]
    public void Every_command_takes_format_json_in_any_case(params string[] command)
    {
        foreach (string value in new[] { "json", "JSON", "Json" })
        {
            var result = AppRunner.Run(command.Concat(new[] { "--format", value }).ToArray());

            Assert.True(result.ExitCode == 0, result.Error);
            using var document = JsonDocument.Parse(result.Output);
            Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        }
    }

    [Fact]
    public void The_short_form_and_the_old_name_still_work()
    {
        foreach (var args in new[] { new[] { "plans", "-f", "json" }, new[] { "plans", "--output", "json" }, new[] { "plans", "-o", "JSON" }, new[] { "plans", "--format=json" } })
        {
            var result = AppRunner.Run(args);

            Assert.True(result.ExitCode == 0, string.Join(' ', args) + ": " + result.Error);
            Assert.StartsWith("{", result.Output);
        }
    }

    [Fact]
    public void The_old_name_is_hidden_from_help()
    {
        var result = AppRunner.Run("show", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--format", result.Output);
        Assert.DoesNotContain("--output", result.Output);
    }

    [Fact]
    public void Export_takes_csv_in_capitals()
    {
        var result = AppRunner.Run("export", "--format", "CSV");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("plan,", result.Output);
    }

    [Fact]
    public void A_format_the_command_does_not_have_is_bad_input_naming_the_choices()
    {
        var result = AppRunner.Run("show", "fuxin-2016-2020", "--format", "jsno");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal("error: 'jsno' is not a format for --format; use table or json; did you mean json?\nRun 'targetquery show --help' for usage.\n", result.Error);
    }

    [Theory]
    [InlineData("show", "fuxin-2016-2020", "--fromat", "json")]
    [InlineData("show", "fuxin-2016-2020", "--formt", "json")]
    [InlineData("export", "--fromat", "csv")]
    public void A_mistyped_option_suggests_the_right_one(params string[] args)
    {
        var result = AppRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal($"error: unknown option '{args[^2]}' for {args[0]}; did you mean --format?\nRun 'targetquery {args[0]} --help' for usage.\n", result.Error);
    }

    [Fact]
    public void A_mistyped_option_of_show_suggests_category()
    {
        var result = AppRunner.Run("show", "fuxin-2016-2020", "--categroy", "health-status");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: unknown option '--categroy' for show; did you mean --category?\n", result.Error);
    }

    [Fact]
    public void A_mistyped_command_suggests_the_right_one()
    {
        var result = AppRunner.Run("shwo", "fuxin-2016-2020");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: Unrecognized command or argument 'shwo'; did you mean show?\nRun 'targetquery --help' for usage.\n", result.Error);
    }

    [Fact]
    public void Errors_are_json_on_stderr_when_json_is_asked_for()
    {
        var result = AppRunner.Run("show", "fuxin", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        using var document = JsonDocument.Parse(result.Error);
        Assert.Equal(2, document.RootElement.GetProperty("exitCode").GetInt32());
        Assert.Equal("unknown plan 'fuxin'; did you mean fuxin-2016-2020?", document.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void Parse_errors_are_json_too_when_json_is_asked_for()
    {
        var result = AppRunner.Run("compare", "--format", "JSON");

        Assert.Equal(2, result.ExitCode);
        using var document = JsonDocument.Parse(result.Error);
        Assert.Equal("Run 'targetquery compare --help' for usage.", document.RootElement.GetProperty("hint").GetString());
        Assert.NotEmpty(document.RootElement.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public void Bad_actuals_are_json_errors_with_file_and_line()
    {
        using var folder = new TempFolder();
        string path = folder.Write("actuals.csv", "indicator,year,value\ninfant-mortality-rate,2020,low\n");

        var result = AppRunner.Run("assess", "fuxin-2016-2020", "--actuals", path, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        using var document = JsonDocument.Parse(result.Error);
        var error = document.RootElement.GetProperty("errors")[0];
        Assert.Equal("value 'low' is not a number", error.GetProperty("message").GetString());
        Assert.Equal(path, error.GetProperty("file").GetString());
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.Equal("1 problem in " + path + "; nothing was assessed", document.RootElement.GetProperty("summary").GetString());
    }

    [Fact]
    public void Errors_are_text_when_json_is_not_asked_for()
    {
        var result = AppRunner.Run("show", "fuxin");

        Assert.Equal("error: unknown plan 'fuxin'; did you mean fuxin-2016-2020?\n", result.Error);
    }

    [Theory]
    [InlineData("婴儿死亡率")]
    [InlineData("Infant mortality rate")]
    [InlineData("INFANT-MORTALITY-RATE")]
    public void Compare_takes_a_concept_by_Chinese_or_English_name_or_id_in_any_case(string name)
    {
        var result = AppRunner.Run("compare", name, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal("infant-mortality-rate", document.RootElement.GetProperty("concept").GetString());
    }

    [Fact]
    public void An_unknown_Chinese_name_suggests_the_closest()
    {
        var result = AppRunner.Run("compare", "婴儿死亡");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: unknown concept '婴儿死亡'; did you mean ", result.Error);
        Assert.Contains("婴儿死亡率", result.Error);
    }

    [Fact]
    public void Show_takes_plan_and_category_in_any_case()
    {
        var result = AppRunner.Run("show", "FUXIN-2016-2020", "--category", "Health-Status", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal("health-status", document.RootElement.GetProperty("filter").GetProperty("category").GetString());
    }

    [Theory]
    [InlineData("婴儿死亡率")]
    [InlineData("infant-mortality-rate")]
    [InlineData("Infant Mortality Rate")]
    public void Show_filters_one_indicator_by_id_or_name(string name)
    {
        var result = AppRunner.Run("show", "fuxin-2016-2020", "--indicator", name, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var indicator = Assert.Single(document.RootElement.GetProperty("indicators").EnumerateArray());
        Assert.Equal("infant-mortality-rate", indicator.GetProperty("id").GetString());
        Assert.Equal("infant-mortality-rate", document.RootElement.GetProperty("filter").GetProperty("indicator").GetString());
    }

    [Fact]
    public void Show_with_an_unknown_indicator_is_bad_input_with_the_closest()
    {
        var result = AppRunner.Run("show", "fuxin-2016-2020", "--indicator", "婴儿死亡");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.StartsWith("error: plan fuxin-2016-2020 has no indicator '婴儿死亡'; did you mean ", result.Error);
        Assert.Contains("婴儿死亡率", result.Error);
    }

    [Fact]
    public void Concepts_lists_the_vocabulary_with_codes_and_plan_counts()
    {
        var result = AppRunner.Run("concepts", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var infant = document.RootElement.GetProperty("concepts").EnumerateArray().Single(concept => concept.GetProperty("id").GetString() == "infant-mortality-rate");
        Assert.Equal("婴儿死亡率", infant.GetProperty("nameZh").GetString());
        Assert.Equal("MDG_0000000001", infant.GetProperty("whoGho").GetString());
        Assert.Equal(8, infant.GetProperty("planCount").GetInt32());
        Assert.Equal(8, infant.GetProperty("plans").GetArrayLength());
    }

    [Fact]
    public void Concepts_as_a_table()
    {
        var result = AppRunner.Run("concepts");

        Assert.Equal(0, result.ExitCode);
        var row = Assert.Single(result.Output.Split('\n'), line => line.Contains("│ infant-mortality-rate "));
        Assert.Contains("婴儿死亡率", row);
        Assert.Contains("MDG_0000000001", row);
        Assert.Matches(@"│\s+8 │$", row);
        Assert.Matches(@"\d+ concepts, \d+ used by more than one plan\. Compare one: targetquery compare <concept id or name>\.", result.Output);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_exits_zero_at_the_root(string flag)
    {
        var result = AppRunner.Run(flag);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("concepts", result.Output);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void No_message_assumes_dotnet_run()
    {
        foreach (var args in new[] { new[] { "frobnicate" }, new[] { "compare" }, new[] { "show", "x", "--bogus" } })
        {
            var result = AppRunner.Run(args);

            Assert.DoesNotContain("dotnet run", result.Error);
            Assert.DoesNotContain("--project", result.Error);
            Assert.Contains("Run 'targetquery", result.Error);
        }
    }
}
