using System.CommandLine;
using HealthPlan.Catalogue.TargetQuery.Rendering;

namespace HealthPlan.Catalogue.TargetQuery.Commands;

/// <summary>
/// <c>export --format json|csv|markdown [--raw]</c>: the whole catalogue, every number with its source. CSV cells that
/// a spreadsheet would run as formulas are neutralised unless <c>--raw</c>; Markdown escapes text so it cannot add
/// headings, links or HTML.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CommandContext context)
    {
        var format = OutputFormat.With(
            "json (default: the stable machine-readable contract), csv (one row per value and target) or markdown.",
            OutputFormat.Json,
            OutputFormat.Json,
            "csv",
            "markdown");
        var raw = new Option<bool>("--raw")
        {
            Description = "csv only: write every cell as it is. By default a text cell beginning with =, +, -, @, a tab or a carriage return (not a number) is prefixed with ' so a spreadsheet does not run it as a formula.",
        };
        var command = new Command("export", "Export the whole catalogue: plans, indicators, values and targets, each with its source.")
        {
            raw,
        };
        foreach (var option in format.Options)
        {
            command.Options.Add(option);
        }

        command.SetAction(result => Execute(context, format.Get(result), result.GetValue(raw)));
        return command;
    }

    private static int Execute(CommandContext context, string format, bool raw)
    {
        switch (format)
        {
            case "csv":
                CatalogueCsv.Write(context.Output, context.Catalogue, raw);
                break;
            case "markdown":
                CatalogueMarkdown.Write(context.Output, context.Catalogue);
                break;
            default:
                JsonOutput.Write(context.Output, writer => CatalogueJson.WriteCatalogue(writer, context.Catalogue));
                break;
        }

        return ExitCodes.Success;
    }
}
