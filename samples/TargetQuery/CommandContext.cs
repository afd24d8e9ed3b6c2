using System.IO;
using Spectre.Console;

namespace HealthPlan.Catalogue.TargetQuery;

/// <summary>What every command works with: the catalogue, the writers and the console over the output writer.</summary>
internal sealed class CommandContext
{
    public CommandContext(PlanCatalogue catalogue, TextWriter output, TextWriter error, IAnsiConsole console)
    {
        Catalogue = catalogue;
        Output = output;
        Error = error;
        Console = console;
    }

    /// <summary>The catalogue every answer comes from.</summary>
    public PlanCatalogue Catalogue { get; }

    /// <summary>Plain output: JSON, CSV, Markdown and line-oriented reports are written here directly.</summary>
    public TextWriter Output { get; }

    /// <summary>Errors, one line each.</summary>
    public TextWriter Error { get; }

    /// <summary>Tables and styled text, rendered over <see cref="Output"/>.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Writes a one-line error and returns <see cref="ExitCodes.BadInput"/>.</summary>
    public int Fail(string message)
    {
        Error.WriteLine("error: " + message);
        return ExitCodes.BadInput;
    }
}
