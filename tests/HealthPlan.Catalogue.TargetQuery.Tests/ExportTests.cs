using System.Linq;
using System.Text.Json;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary>The export formats, JSON above all: the catalogue's machine-readable contract.</summary>
public sealed class ExportTests
{
    private static readonly string[] Operators = { ">=", "<=", ">", "<", "=", "range", "approx", "increase-by", "decrease-by", "qualitative" };

    [Fact]
    public void JsonHasEveryPlanWithCamelCaseFields()
    {
        var result = AppRunner.Run("export", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var plans = document.RootElement.GetProperty("plans").EnumerateArray().ToArray();
        Assert.Equal(10, plans.Length);
        Assert.Equal(
            new[] { "anshan-2021-2025", "china-2016-2020", "china-2016-2030", "china-2021-2025", "china-2026-2030", "china-children-2021-2025", "cixi-2016-2020", "fuxin-2016-2020", "lucheng-2016-2020", "shanxi-2016-2020" },
            plans.Select(plan => plan.GetProperty("id").GetString()));

        // The national plans come with the published copies their numbers are quoted from.
        var national = plans.Single(plan => plan.GetProperty("id").GetString() == "china-2016-2030");
        Assert.Equal("country", national.GetProperty("region").GetProperty("level").GetString());
        var copies = national.GetProperty("documents").EnumerateArray().ToArray();
        Assert.Contains(copies, copy => copy.GetProperty("copy").GetString() == "official" && copy.GetProperty("address").GetString()!.StartsWith("https://www.gov.cn/", System.StringComparison.Ordinal));
        var infant = national.GetProperty("indicators").EnumerateArray().Single(indicator => indicator.GetProperty("id").GetString() == "infant-mortality-rate");
        var source = infant.GetProperty("targets")[0].GetProperty("source");
        Assert.Equal(JsonValueKind.Null, source.GetProperty("line").ValueKind);
        Assert.Equal("secondary", source.GetProperty("published").GetProperty("copy").GetString());

        var fuxin = plans.Single(plan => plan.GetProperty("id").GetString() == "fuxin-2016-2020");
        foreach (var name in new[] { "id", "region", "nameZh", "nameEn", "periodStart", "periodEnd", "document", "indicators" })
        {
            Assert.True(fuxin.TryGetProperty(name, out _), $"plan has no '{name}'");
        }

        var region = fuxin.GetProperty("region");
        Assert.Equal("fuxin", region.GetProperty("id").GetString());
        Assert.Equal("阜新市", region.GetProperty("nameZh").GetString());
        Assert.Equal("Fuxin", region.GetProperty("nameEn").GetString());
        Assert.Equal("prefecture-city", region.GetProperty("level").GetString());

        var indicator = fuxin.GetProperty("indicators").EnumerateArray()
            .Single(i => i.GetProperty("id").GetString() == "infant-mortality-rate");
        foreach (var name in new[] { "id", "nameZh", "nameEn", "concept", "category", "unit", "direction", "attribute", "values", "targets", "notes" })
        {
            Assert.True(indicator.TryGetProperty(name, out _), $"indicator has no '{name}'");
        }

        Assert.Equal("‰", indicator.GetProperty("unit").GetProperty("symbol").GetString());
        Assert.Equal("[ppth]", indicator.GetProperty("unit").GetProperty("ucum").GetString());
        Assert.Equal("lower-is-better", indicator.GetProperty("direction").GetString());
        Assert.Equal("unspecified", indicator.GetProperty("attribute").GetString());

        var target = Assert.Single(indicator.GetProperty("targets").EnumerateArray());
        Assert.Equal(2020, target.GetProperty("year").GetInt32());
        Assert.Equal("<=", target.GetProperty("operator").GetString());
        Assert.Equal(6.3, target.GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, target.GetProperty("valueMax").ValueKind);
        Assert.Equal(JsonValueKind.Null, target.GetProperty("reference").ValueKind);
        Assert.Equal(39, target.GetProperty("source").GetProperty("line").GetInt32());
        Assert.Equal("000_7ec626baa6a0b6df.txt", target.GetProperty("source").GetProperty("document").GetString());
        Assert.Contains("6.3", target.GetProperty("source").GetProperty("quote").GetString());
    }

    [Fact]
    public void EveryTargetAndValueHasASourceAndAKnownOperator()
    {
        var result = AppRunner.Run("export", "--format", "json");
        using var document = JsonDocument.Parse(result.Output);

        int targets = 0;
        foreach (var plan in document.RootElement.GetProperty("plans").EnumerateArray())
        {
            foreach (var indicator in plan.GetProperty("indicators").EnumerateArray())
            {
                Assert.Contains(indicator.GetProperty("direction").GetString(), new[] { "higher-is-better", "lower-is-better", "neutral" });
                Assert.Contains(indicator.GetProperty("attribute").GetString(), new[] { "binding", "anticipatory", "unspecified" });
                foreach (var target in indicator.GetProperty("targets").EnumerateArray())
                {
                    targets++;
                    Assert.Contains(target.GetProperty("operator").GetString(), Operators);
                    AssertSource(target.GetProperty("source"));
                    foreach (var name in new[] { "year", "value", "valueMax", "scope", "reference", "note", "baselineYear", "relative", "textZh", "textEn" })
                    {
                        Assert.True(target.TryGetProperty(name, out _), $"target has no '{name}'");
                    }
                }

                foreach (var value in indicator.GetProperty("values").EnumerateArray())
                {
                    Assert.Equal(JsonValueKind.Number, value.GetProperty("value").ValueKind);
                    Assert.True(value.TryGetProperty("note", out _));
                    AssertSource(value.GetProperty("source"));
                }
            }
        }

        Assert.True(targets > 300, $"only {targets} targets");
    }

    [Fact]
    public void JsonWritesChineseUnescaped()
    {
        var result = AppRunner.Run("export");

        Assert.Contains("\"nameZh\": \"婴儿死亡率\"", result.Output);
        Assert.DoesNotContain("\\u", result.Output);
    }

    [Fact]
    public void CsvHasOneRowPerValueAndTarget()
    {
        var json = AppRunner.Run("export", "--format", "json");
        using var document = JsonDocument.Parse(json.Output);
        int expected = document.RootElement.GetProperty("plans").EnumerateArray()
            .SelectMany(plan => plan.GetProperty("indicators").EnumerateArray())
            .Sum(indicator => indicator.GetProperty("targets").GetArrayLength() + indicator.GetProperty("values").GetArrayLength());

        var result = AppRunner.Run("export", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split("\r\n");
        Assert.StartsWith("plan,indicator,kind,year,operator,value,valueMax,unit,scope,document,line,quote", lines[0]);
        Assert.Equal(string.Empty, lines[^1]);
        Assert.Equal(expected, lines.Length - 2);
        Assert.Contains("fuxin-2016-2020,infant-mortality-rate,target,2020,<=,6.3,,‰,,000_7ec626baa6a0b6df.txt,39,", result.Output);
        Assert.Contains(lines, line => line.StartsWith("anshan-2021-2025,life-expectancy,value,2015,", System.StringComparison.Ordinal));
        Assert.All(lines.Where(line => line.StartsWith("cixi-2016-2020,", System.StringComparison.Ordinal)), line => Assert.EndsWith(",330282", line));
    }

    [Fact]
    public void CsvQuotesFieldsWithCommasAndQuotes()
    {
        var result = AppRunner.Run("export", "--format", "csv");

        // Every record has 17 fields once quoted commas are taken into account.
        foreach (var line in result.Output.Split("\r\n").Where(line => line.Length > 0))
        {
            Assert.Equal(17, CsvRecords.Split(line).Length);
        }
    }

    [Fact]
    public void MarkdownHasASectionAndATablePerPlan()
    {
        var result = AppRunner.Run("export", "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# HealthPlan Catalogue", result.Output);
        Assert.Equal(10, result.Output.Split('\n').Count(line => line.StartsWith("## ", System.StringComparison.Ordinal)));
        Assert.Equal(10, result.Output.Split('\n').Count(line => line.StartsWith("|---|", System.StringComparison.Ordinal)));
        Assert.Contains("## 阜新市卫生和人口发展“十三五”规划 (fuxin-2016-2020)", result.Output);
        Assert.Contains("| `infant-mortality-rate` | 婴儿死亡率 | Infant mortality rate | ‰ |", result.Output);
        Assert.Contains("≤ 6.3 ‰ by 2020", result.Output);
    }

    [Fact]
    public void UnknownFormatIsBadInput()
    {
        var result = AppRunner.Run("export", "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("xml", result.Error);
    }

    private static void AssertSource(JsonElement source)
    {
        Assert.False(string.IsNullOrEmpty(source.GetProperty("document").GetString()));
        // A number quoted from a published web page has no line, and names the page instead.
        if (source.TryGetProperty("published", out var published))
        {
            Assert.Equal(JsonValueKind.Null, source.GetProperty("line").ValueKind);
            Assert.StartsWith("http", published.GetProperty("address").GetString(), System.StringComparison.Ordinal);
        }
        else
        {
            Assert.True(source.GetProperty("line").GetInt32() > 0);
        }

        Assert.False(string.IsNullOrEmpty(source.GetProperty("quote").GetString()));
    }
}
