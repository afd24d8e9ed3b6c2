using System.CommandLine;
using HealthPlan.Catalogue.TargetQuery.Rendering;

namespace HealthPlan.Catalogue.TargetQuery.Commands;

/// <summary><c>export --format json|csv|markdown</c>: the whole catalogue, every number with its source.</summary>
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
        var command = new Command("export", "Export the whole catalogue: plans, indicators, values and targets, each with its source.");
        foreach (var option in format.Options)
        {
            command.Options.Add(option);
        }

        command.SetAction(result => Execute(context, format.Get(result)));
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
