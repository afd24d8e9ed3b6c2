using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using HealthPlan.Catalogue.Seeds;
using HealthPlan.Catalogue.TargetQuery.Commands;
using HealthPlan.Catalogue.TargetQuery.Input;
using HealthPlan.Catalogue.TargetQuery.Rendering;

namespace HealthPlan.Catalogue.TargetQuery;

/// <summary>
/// The console app as a function: parses <c>args</c>, runs the command against a catalogue and writes to
/// the given writers, so tests run it in-process with <see cref="StringWriter"/>s.
/// </summary>
public static class TargetQueryApp
{
    /// <summary>The command name of the installed tool, used in messages when the process name says nothing (dotnet, a test host).</summary>
    public const string ToolCommandName = "targetquery";

    /// <summary>Runs TargetQuery.</summary>
    /// <param name="args">The command line, without the program name: <c>show fuxin-2016-2020</c>.</param>
    /// <param name="output">Where results go. Tables are coloured only when this is the console's own
    /// output, it is a terminal and <c>NO_COLOR</c> is not set; otherwise they are plain and 160 columns wide.</param>
    /// <param name="error">Where errors go, one line each; with <c>--format json</c>, one JSON document.</param>
    /// <param name="catalogue">The catalogue to query; defaults to the seed plans, <see cref="Plans.Catalogue"/>.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, PlanCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        // A closed or full output is one line on standard error (if that still works) and its own exit code.
        bool consoleOutput = ReferenceEquals(output, Console.Out);
        try
        {
            return RunCommand(args, new GuardedWriter(output, "standard output"), new GuardedWriter(error, "standard error"), consoleOutput, catalogue);
        }
        catch (OutputFailedException failure)
        {
            if (failure.Stream != "standard error")
            {
                try
                {
                    error.WriteLine($"error: {failure.Message}; the output is incomplete.");
                    error.Flush();
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException)
                {
                    // Standard error is gone too: the exit code is all that is left to say it.
                }
            }

            return ExitCodes.OutputFailed;
        }
    }

    private static int RunCommand(string[] args, TextWriter output, TextWriter error, bool consoleOutput, PlanCatalogue? catalogue)
    {
        string name = CommandName();
        bool json = OutputFormat.RequestsJson(args);
        var context = new CommandContext(catalogue ?? Plans.Catalogue, output, error, ConsoleFactory.Create(output, consoleOutput), name, json);
        var root = new RootCommand("Query the targets of regional health development plans: list plans and concepts, show a plan, compare an indicator across plans, assess measured values, export the catalogue, verify its sources.")
        {
            PlansCommand.Create(context),
            ConceptsCommand.Create(context),
            ShowCommand.Create(context),
            CompareCommand.Create(context),
            AssessCommand.Create(context),
            ExportCommand.Create(context),
            VerifySourcesCommand.Create(context),
        };

        ParseResult result = root.Parse(args);
        if (result.Errors.Count > 0 && result.Action is not HelpAction)
        {
            var problems = ParseProblems(result);
            string command = string.Join(' ', CommandPath(result.CommandResult.Command, root));
            CommandContext.WriteErrors(error, json, ExitCodes.BadInput, problems, hint: $"Run '{name}{(command.Length == 0 ? string.Empty : " " + command)} --help' for usage.");
            error.Flush();
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

    /// <summary>
    /// The name the user started the tool by: the executable's name (<c>targetquery</c> when installed as a
    /// tool, <c>TargetQuery</c> for a native or framework-dependent build); <see cref="ToolCommandName"/> when the
    /// process is a host that runs it (<c>dotnet TargetQuery.dll</c>, a test host).
    /// </summary>
    internal static string CommandName()
    {
        string? process = Path.GetFileNameWithoutExtension(Environment.ProcessPath);
        return process is null || process.Equals("dotnet", StringComparison.OrdinalIgnoreCase) || process.StartsWith("testhost", StringComparison.OrdinalIgnoreCase)
            ? ToolCommandName
            : process;
    }

    /// <summary>
    /// The parser's errors, with "did you mean" for a mistyped option or command; a token after an unknown option
    /// (its probable value) is not reported again.
    /// </summary>
    private static List<Problem> ParseProblems(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var names = command.Options.Where(option => !option.Hidden)
            .SelectMany(option => new[] { option.Name }.Concat(option.Aliases))
            .Concat(command.Subcommands.Where(sub => !sub.Hidden).Select(sub => sub.Name))
            .Where(alias => alias.Length > 2)
            .ToArray();
        var unmatched = result.UnmatchedTokens;
        var skip = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < unmatched.Count; i++)
        {
            if (unmatched[i].StartsWith('-') && !unmatched[i + 1].StartsWith('-'))
            {
                skip.Add(unmatched[i + 1]);
            }
        }

        if (unmatched.Count > 0 && !unmatched[0].StartsWith('-') && command.Subcommands.Any())
        {
            // An unknown command: what follows it are its arguments, not more mistakes.
            skip.UnionWith(unmatched.Skip(1));
        }

        var problems = new List<Problem>();
        foreach (var parseError in result.Errors)
        {
            string? token = unmatched.FirstOrDefault(t => parseError.Message.Contains("'" + t + "'", StringComparison.Ordinal));
            if (token is null && unmatched.Count > 0 && command.Subcommands.Any() && parseError.SymbolResult is CommandResult)
            {
                // "Required command was not provided" beside an unknown command says the same thing twice.
                continue;
            }

            if (token is null)
            {
                problems.Add(new Problem(parseError.Message));
            }
            else if (token.StartsWith('-'))
            {
                string hint = Suggestions.DidYouMean(token, names);
                string where = command is RootCommand ? string.Empty : " for " + command.Name;
                problems.Add(new Problem($"unknown option '{token}'{where}" + hint));
            }
            else if (!skip.Contains(token))
            {
                string hint = command.Subcommands.Any() ? Suggestions.DidYouMean(token, command.Subcommands.Select(sub => sub.Name)) : string.Empty;
                problems.Add(new Problem(parseError.Message.TrimEnd('.') + hint));
            }
        }

        return problems;
    }

    private static IEnumerable<string> CommandPath(Command command, RootCommand root)
        => ReferenceEquals(command, root) ? Array.Empty<string>() : new[] { command.Name };
}
