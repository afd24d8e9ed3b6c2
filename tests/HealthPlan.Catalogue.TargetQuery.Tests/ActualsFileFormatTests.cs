using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary>
/// Actuals files as people have them: saved by Chinese Excel (GB18030), separated by semicolons or tabs, with
/// columns of their own, indicators by Chinese name. Each is read with a note, or refused with a message that
/// says why; nothing is guessed.
/// </summary>
public sealed class ActualsFileFormatTests
{
    private const string Fuxin = "fuxin-2016-2020";

    static ActualsFileFormatTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void A_GB18030_file_is_read_with_a_note()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("indicator,year,value\n婴儿死亡率,2020,5.9\n");

        var result = Assess("actuals.csv", bytes);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal("note: actuals.csv: the file is not UTF-8; it was read as GB18030 (GBK)\n", result.Error);
        Assert.Contains("infant-mortality-rate", result.Output);
        Assert.Contains("1 met", result.Output);
    }

    [Fact]
    public void A_GB18030_json_file_is_read_too()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("[{\"indicator\": \"婴儿死亡率\", \"year\": 2020, \"value\": 5.9}]");

        var result = Assess("actuals.json", bytes);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("read as GB18030", result.Error);
    }

    [Fact]
    public void Bytes_that_are_neither_UTF8_nor_GB18030_are_an_error_naming_the_byte_and_line_never_U_FFFD()
    {
        var bytes = Encoding.UTF8.GetBytes("indicator,year,value\ninfant-mortality-rate,2020,5.9\n").Concat(new byte[] { 0xFF, 0xFE, 0x2C, 0x0A }).ToArray();

        var result = Assess("actuals.csv", bytes);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("error: actuals.csv:3: the file is not UTF-8 (byte 0xFF at offset 52 is not valid UTF-8) and not GB18030/GBK either; save it as UTF-8 (in Excel: CSV UTF-8)", result.Error);
        Assert.DoesNotContain("\uFFFD", result.Error);
    }

    [Fact]
    public void UTF16_with_a_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("indicator\tyear\tvalue\r\ninfant-mortality-rate\t2020\t5.9\r\n")).ToArray();

        var result = Assess("actuals.txt", bytes);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("read as UTF-16 LE", result.Error);
    }

    [Theory]
    [InlineData(";")]
    [InlineData("\t")]
    public void Semicolon_and_tab_separators_are_detected(string separator)
    {
        string text = string.Join(separator, "indicator", "year", "value", "unit") + "\n"
            + string.Join(separator, "infant-mortality-rate", "2020", "5.9", "‰") + "\n"
            + string.Join(separator, "\"maternal-mortality-ratio\"", "2020", "10", "") + "\n";

        var result = Assess("actuals.csv", Encoding.UTF8.GetBytes(text));

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal(string.Empty, result.Error);
        Assert.Contains("2 targets assessed: 2 met", result.Output);
    }

    [Fact]
    public void A_row_with_too_few_fields_names_the_detected_columns()
    {
        var result = Assess("actuals.csv", Encoding.UTF8.GetBytes("indicator;year;value\ninfant-mortality-rate;2020\n"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: actuals.csv:2: expected 3 fields (indicator;year;value), found 2", result.Error);
    }

    [Fact]
    public void Extra_columns_are_ignored_with_one_note()
    {
        var result = Assess("actuals.csv", Encoding.UTF8.GetBytes("地区,indicator,year,value,source\n阜新,infant-mortality-rate,2020,5.9,统计公报\n"));

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal("note: actuals.csv:1: columns '地区', 'source' are not used and were ignored\n", result.Error);
    }

    [Fact]
    public void Extra_json_properties_are_ignored_with_one_note_each()
    {
        var result = Assess("actuals.json", Encoding.UTF8.GetBytes(
            "[\n{\"indicator\": \"infant-mortality-rate\", \"year\": 2020, \"value\": 5.9, \"comment\": \"provisional\"},\n"
            + "{\"indicator\": \"maternal-mortality-ratio\", \"year\": 2020, \"value\": 10, \"comment\": \"final\"}\n]\n"));

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal("note: actuals.json:2: property 'comment' (lines 2 and 3) is not used and was ignored\n", result.Error);
    }

    [Fact]
    public void A_column_named_twice_is_a_wrong_header()
    {
        var result = Assess("actuals.csv", Encoding.UTF8.GetBytes("indicator,year,value,value\ninfant-mortality-rate,2020,5.9,6\n"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: actuals.csv:1: wrong header 'indicator,year,value,value': column 'value' appears twice", result.Error);
    }

    [Theory]
    [InlineData("婴儿死亡率")]
    [InlineData("Infant mortality rate")]
    [InlineData("INFANT-MORTALITY-RATE")]
    public void Indicators_are_found_by_Chinese_or_English_name_or_id_in_any_case(string name)
    {
        var result = Assess("actuals.csv", Encoding.UTF8.GetBytes($"indicator,year,value\n{name},2020,5.9\n"));

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("infant-mortality-rate", result.Output);
    }

    [Fact]
    public void Notes_go_into_the_json_output_and_not_to_stderr()
    {
        var result = Assess("actuals.csv", Encoding.UTF8.GetBytes("indicator,year,value,unit,地区\ninfant-mortality-rate,2020,0.59,%,阜新\n"), "--format", "json");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal(string.Empty, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var notes = document.RootElement.GetProperty("notes").EnumerateArray().Select(note => note.GetProperty("message").GetString()).ToArray();
        Assert.Equal(new[] { "column '地区' is not used and was ignored", "infant-mortality-rate: 0.59 % converted to 5.9 ‰" }, notes);
    }

    private static RunResult Assess(string name, byte[] content, params string[] extra)
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, name);
        File.WriteAllBytes(path, content);
        var result = AppRunner.Run(new[] { "assess", Fuxin, "--actuals", path }.Concat(extra).ToArray());
        return result with
        {
            Error = result.Error.Replace(folder.Path + Path.DirectorySeparatorChar, string.Empty),
            Output = result.Output.Replace(folder.Path + Path.DirectorySeparatorChar, string.Empty),
        };
    }
}
