using System.CommandLine;
using System.IO;

namespace HealthPlan.Catalogue.TargetQuery.Commands;

/// <summary>
/// <c>verify-sources --sources &lt;dir&gt;</c>: checks that every value's and target's source document
/// exists in the folder, has the line, and that the quote is on that line (<see cref="SourceCheck"/> does the checking; this renders).
/// </summary>
internal static class VerifySourcesCommand
{
    public static Command Create(CommandContext context)
    {
        var sources = new Option<string>("--sources", "-s")
        {
            Description = "The folder with the source documents (the file names the plans cite).",
            Required = true,
        };
        var command = new Command("verify-sources", "Check every value's and target's provenance against the source documents: the file, the line and the quote.")
        {
            sources,
        };
        command.SetAction(result => Execute(context, result.GetValue(sources) ?? string.Empty));
        return command;
    }

    private static int Execute(CommandContext context, string folder)
    {
        if (!Directory.Exists(folder))
        {
            return context.Fail($"the sources folder '{folder}' does not exist");
        }

        var result = SourceCheck.Check(context.Catalogue, folder);
        foreach (var mismatch in result.Mismatches)
        {
            context.Output.WriteLine(mismatch.ToString());
        }

        if (result.Published.Count > 0)
        {
            context.Output.WriteLine($"{result.Published.Count} sources quote published documents (web pages) and are not checked here: open their addresses ({context.CommandName} export --format json lists them) to check them.");
        }

        if (result.AllMatch)
        {
            context.Output.WriteLine($"All {result.CheckedCount} sources in {result.Documents.Count} documents match.");
            return ExitCodes.Success;
        }

        context.Output.WriteLine($"{result.Mismatches.Count} of {result.CheckedCount} sources do not match.");
        return ExitCodes.Failed;
    }
}
