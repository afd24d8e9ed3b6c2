using System.Linq;
using HealthPlan.Catalogue.Units;

namespace HealthPlan.Catalogue.TargetQuery.Tests;

/// <summary>
/// Exports that are safe to open: CSV cells a spreadsheet would run as formulas are neutralised (numbers stay numbers;
/// <c>--raw</c> writes them as they are), and Markdown text cannot add headings, links or HTML.
/// </summary>
public sealed class ExportSafetyTests
{
    private const string Document = "doc`|<b>.txt";

    private static readonly PlanCatalogue Catalogue = new(new[]
    {
        new Plan(
            "evil-2021-2025",
            "# 标题\n[link](http://evil.example)<script>x</script>",
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            new Region("evil", "测试市", "Test City", AdministrativeLevel.PrefectureCity),
            2021,
            2025,
            Document,
            new IIndicator[]
            {
                new Indicator<Percent>(
                    "evil-2021-2025", "vaccination-coverage", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3", "immunization-coverage", "disease-control",
                    Direction.HigherIsBetter,
                    new[] { new ReportedValue<Percent>(2020, new Quantity<Percent>(-1.5), new Provenance(Document, 1, "=cmd|' /C calc'!A0")) },
                    new[] { new Target<Percent>(2025, TargetOperator.AtLeast, new Provenance(Document, 2, "+1+cmd"), value: 90) },
                    IndicatorAttribute.Binding),
            }),
    });

    [Fact]
    public void Csv_cells_that_a_spreadsheet_would_run_are_prefixed_with_a_quote_and_numbers_stay_numbers()
    {
        var result = AppRunner.RunOn(Catalogue, "export", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Output.Split("\r\n");
        var value = rows.Single(row => row.StartsWith("evil-2021-2025,vaccination-coverage,value,"));
        Assert.Contains(",-1.5,", value);
        Assert.Contains(",'=cmd|' /C calc'!A0,", value);
        var target = rows.Single(row => row.StartsWith("evil-2021-2025,vaccination-coverage,target,"));
        Assert.Contains(",'+1+cmd,", target);
        Assert.DoesNotContain(",=", result.Output);
        Assert.DoesNotContain(",+1+cmd", result.Output);
    }

    /// <summary>A text cell that reads as a plain number stays as it is; anything else beginning with a sign gets the quote.</summary>
    [Theory]
    [InlineData("+2", "+2")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("1e-3", "1e-3")]
    [InlineData("-1.5E+3", "-1.5E+3")]
    [InlineData("-", "'-")]
    [InlineData("+1.", "'+1.")]
    [InlineData("-1e", "'-1e")]
    [InlineData("-.5", "'-.5")]
    [InlineData("-1.5e3x", "'-1.5e3x")]
    [InlineData("+1+2", "'+1+2")]
    public void A_csv_text_cell_is_neutralised_unless_it_is_a_plain_number(string quote, string cell)
    {
        var catalogue = new PlanCatalogue(new[]
        {
            new Plan("num-2021-2025", "测试", "Test", new Region("num", "测试市", "Test City", AdministrativeLevel.PrefectureCity), 2021, 2025, "doc.txt",
                new IIndicator[]
                {
                    new Indicator<Percent>("num-2021-2025", "coverage", "覆盖率", "Coverage", "immunization-coverage", "disease-control", Direction.HigherIsBetter,
                        new[] { new ReportedValue<Percent>(2020, new Quantity<Percent>(1), new Provenance("doc.txt", 1, quote)) },
                        System.Array.Empty<Target<Percent>>()),
                }),
        });

        var result = AppRunner.RunOn(catalogue, "export", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("," + cell + ",", result.Output.Split("\r\n").Single(row => row.StartsWith("num-2021-2025,coverage,value,")) + ",");
    }

    [Fact]
    public void Csv_raw_writes_every_cell_as_it_is()
    {
        var result = AppRunner.RunOn(Catalogue, "export", "--format", "csv", "--raw");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(",=cmd|' /C calc'!A0,", result.Output);
        Assert.Contains(",+1+cmd,", result.Output);
    }

    [Fact]
    public void Markdown_text_cannot_add_headings_links_or_html()
    {
        var result = AppRunner.RunOn(Catalogue, "export", "--format", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("## \\# 标题<br>\\[link\\](http://evil.example)&lt;script&gt;x&lt;/script&gt; (evil-2021-2025)", result.Output);
        Assert.Contains("Source: doc\\`\\|&lt;b&gt;.txt.", result.Output);
        Assert.DoesNotContain("<script>", result.Output);
        Assert.DoesNotContain("<b>", result.Output);
        Assert.DoesNotContain("\n# 标题", result.Output);
        Assert.DoesNotContain("[link]", result.Output);
    }
}
