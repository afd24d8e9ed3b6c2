using System.CommandLine;
using HealthPlan.Catalogue.TargetQuery.Rendering;

namespace HealthPlan.Catalogue.TargetQuery.Commands;

/// <summary><c>export --format json|csv|markdown</c>: the whole catalogue, every number with its source.</summary>
internal static class ExportCommand
{
    public static Command Create(CommandContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "json (default: the stable machine-readable contract), csv (one row per value and target) or markdown.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "csv", "markdown");
        var command = new Command("export", "Export the whole catalogue: plans, indicators, values and targets, each with its source.") { format };
        command.SetAction(result => Execute(context, result.GetValue(format) ?? "json"));
        return command;
    }

    private static int Execute(CommandContext context, string format)
    {
        switch (format)
        {
            case "csv":
                CatalogueCsv.Write(context.Output, context.Catalogue);
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
