using System.CommandLine;
using HealthPlan.Catalogue.TargetQuery.Input;
using HealthPlan.Catalogue.Fhir;
using HealthPlan.Catalogue.Fhir.Mapping;
using HealthPlan.Catalogue.TargetQuery.Rendering;

namespace HealthPlan.Catalogue.TargetQuery.Commands;

/// <summary>
/// <c>export --format json|csv|markdown|fhir [--plan ID] [--raw]</c>: the whole catalogue (or one plan), every number with
/// its source; <c>fhir</c> is a FHIR R4 Bundle (docs/fhir.md). CSV cells that
/// a spreadsheet would run as formulas are neutralised unless <c>--raw</c>; Markdown escapes text so it cannot add
/// headings, links or HTML.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CommandContext context)
    {
        var format = OutputFormat.With(
            "json (default: the stable machine-readable contract), csv (one row per value and target), markdown, or fhir (a FHIR R4 Bundle: Measures, Goals, MeasureReports).",
            OutputFormat.Json,
            OutputFormat.Json,
            "csv",
            "markdown",
            Fhir);
        var plan = new Option<string>("--plan", "-p")
        {
            Description = "Export this plan only (its id, for example fuxin-2016-2020); by default every plan.",
        };
        var raw = new Option<bool>("--raw")
        {
            Description = "csv only: write every cell as it is. By default a text cell beginning with =, +, -, @, a tab or a carriage return (not a number) is prefixed with ' so a spreadsheet does not run it as a formula.",
        };
        var command = new Command("export", "Export the whole catalogue: plans, indicators, values and targets, each with its source.")
        {
            plan, raw,
        };
        format.AddTo(command);

        command.SetAction(result => Execute(context, format.Get(result), result.GetValue(plan), result.GetValue(raw)));
        return command;
    }

    /// <summary>The format value of FHIR R4 JSON.</summary>
    public const string Fhir = "fhir";

    private static int Execute(CommandContext context, string format, string? planId, bool raw)
    {
        var catalogue = context.Catalogue;
        if (planId is not null)
        {
            if (Lookup.FindPlan(context, planId) is not { } plan)
            {
                return ExitCodes.BadInput;
            }

            catalogue = new PlanCatalogue(new[] { plan }, catalogue.Concepts);
        }

        switch (format)
        {
            case "csv":
                CatalogueCsv.Write(context.Output, catalogue, raw);
                break;
            case "markdown":
                CatalogueMarkdown.Write(context.Output, catalogue);
                break;
            case Fhir:
                if (!FhirSupport.IsSupported)
                {
                    return context.Fail(FhirSupport.Unavailable);
                }

                WriteFhir(context, catalogue);
                break;
            default:
                JsonOutput.Write(context.Output, writer => CatalogueJson.WriteCatalogue(writer, catalogue));
                break;
        }

        return ExitCodes.Success;
    }

    private static void WriteFhir(CommandContext context, PlanCatalogue catalogue)
        => context.Output.WriteLine(FhirJson.Serialize(catalogue.ToFhirBundle()));
}
