using System.Collections.Generic;
using System.IO;
using HealthPlan.Catalogue.TargetQuery.Rendering;
using Spectre.Console;

namespace HealthPlan.Catalogue.TargetQuery;

/// <summary>One thing wrong with the input: the message, and the file and line it is about when there is one.</summary>
/// <param name="Message">What is wrong and, where possible, what to do.</param>
/// <param name="File">The file the problem is in, or null.</param>
/// <param name="Line">The 1-based line in <paramref name="File"/>, or null.</param>
internal sealed record Problem(string Message, string? File = null, int? Line = null)
{
    /// <summary><c>file:line: message</c>, <c>file: message</c> or the message alone.</summary>
    public override string ToString()
        => File is null ? Message : Line is int line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}

/// <summary>What every command works with: the catalogue, the writers and the console over the output writer.</summary>
internal sealed class CommandContext
{
    public CommandContext(PlanCatalogue catalogue, TextWriter output, TextWriter error, IAnsiConsole console, string commandName, bool jsonErrors)
    {
        Catalogue = catalogue;
        Output = output;
        Error = error;
        Console = console;
        CommandName = commandName;
        JsonErrors = jsonErrors;
    }

    /// <summary>The catalogue every answer comes from.</summary>
    public PlanCatalogue Catalogue { get; }

    /// <summary>Plain output: JSON, CSV, Markdown and line-oriented reports are written here directly.</summary>
    public TextWriter Output { get; }

    /// <summary>Errors, one line each (or one JSON document when <see cref="JsonErrors"/>), and notes.</summary>
    public TextWriter Error { get; }

    /// <summary>Tables and styled text, rendered over <see cref="Output"/>.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>The name the tool was started by (<c>targetquery</c>), for messages that tell the user what to run.</summary>
    public string CommandName { get; }

    /// <summary>Whether JSON output was asked for: errors are then one JSON document on the error writer.</summary>
    public bool JsonErrors { get; }

    /// <summary>Writes a one-line error (what it echoes of the input made safe by <see cref="Echo.Safe"/>) and returns <see cref="ExitCodes.BadInput"/>.</summary>
    public int Fail(string message) => Fail(new[] { new Problem(message) });

    /// <summary>Writes every problem (and the summary, if any) and returns <see cref="ExitCodes.BadInput"/>.</summary>
    public int Fail(IReadOnlyList<Problem> problems, string? summary = null)
    {
        WriteErrors(Error, JsonErrors, ExitCodes.BadInput, problems, summary);
        return ExitCodes.BadInput;
    }

    /// <summary>A note on the error writer: something the user should know that is not an error (<c>note: …</c>).</summary>
    public void Note(Problem note) => Error.WriteLine("note: " + Echo.Safe(note.ToString()));

    /// <summary>
    /// Errors as text, <c>error: …</c> one a line, or as one JSON document:
    /// <c>{"exitCode": 2, "errors": [{"message", "file", "line"}], "summary"}</c>.
    /// </summary>
    public static void WriteErrors(TextWriter error, bool json, int exitCode, IReadOnlyList<Problem> problems, string? summary = null, string? hint = null)
    {
        if (!json)
        {
            foreach (var problem in problems)
            {
                error.WriteLine("error: " + Echo.Safe(problem.ToString()));
            }

            if (summary is not null)
            {
                error.WriteLine("error: " + Echo.Safe(summary));
            }

            if (hint is not null)
            {
                error.WriteLine(hint);
            }

            return;
        }

        JsonOutput.Write(error, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("exitCode", exitCode);
            writer.WriteStartArray("errors");
            foreach (var problem in problems)
            {
                writer.WriteStartObject();
                writer.WriteString("message", Echo.Safe(problem.Message));
                if (problem.File is not null)
                {
                    writer.WriteString("file", Echo.Safe(problem.File));
                }

                if (problem.Line is int line)
                {
                    writer.WriteNumber("line", line);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (summary is not null)
            {
                writer.WriteString("summary", Echo.Safe(summary));
            }

            if (hint is not null)
            {
                writer.WriteString("hint", hint);
            }

            writer.WriteEndObject();
        });
    }
}
