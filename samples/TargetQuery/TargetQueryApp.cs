using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using HealthPlan.Catalogue.Seeds;
using HealthPlan.Catalogue.TargetQuery.Commands;
using HealthPlan.Catalogue.TargetQuery.Rendering;

namespace HealthPlan.Catalogue.TargetQuery;

/// <summary>
/// The console app as a function: parses <c>args</c>, runs the command against a catalogue and writes to
/// the given writers, so tests run it in-process with <see cref="StringWriter"/>s.
/// </summary>
public static class TargetQueryApp
{
    /// <summary>Runs TargetQuery.</summary>
    /// <param name="args">The command line, without the program name: <c>show fuxin-2016-2020</c>.</param>
    /// <param name="output">Where results go. Tables are coloured only when this is the console's own
    /// output, it is a terminal and <c>NO_COLOR</c> is not set; otherwise they are plain and 160 columns wide.</param>
    /// <param name="error">Where errors go, one line each.</param>
    /// <param name="catalogue">The catalogue to query; defaults to the seed plans, <see cref="Plans.Catalogue"/>.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, PlanCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var context = new CommandContext(catalogue ?? Plans.Catalogue, output, error, ConsoleFactory.Create(output));
        var root = new RootCommand("Query the targets of regional health development plans: list plans, show a plan, compare an indicator across plans, assess measured values, export the catalogue, verify its sources.")
        {
            PlansCommand.Create(context),
            ShowCommand.Create(context),
            CompareCommand.Create(context),
            AssessCommand.Create(context),
            ExportCommand.Create(context),
            VerifySourcesCommand.Create(context),
        };

        ParseResult result = root.Parse(args);
        if (result.Errors.Count > 0 && result.Action is not HelpAction)
        {
            foreach (var parseError in result.Errors)
            {
                error.WriteLine("error: " + parseError.Message);
            }

            error.WriteLine("Run 'TargetQuery --help' for usage.");
            return ExitCodes.BadInput;
        }

        int exitCode = result.Invoke(new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
        });
        output.Flush();
        error.Flush();
        return exitCode;
    }
}
