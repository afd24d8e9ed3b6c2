using System;
using System.IO;
using Spectre.Console;

namespace HealthPlan.Catalogue.TargetQuery.Rendering;

/// <summary>Creates the Spectre.Console console that tables are rendered to.</summary>
internal static class ConsoleFactory
{
    /// <summary>The width used when the output is not a terminal, so that output is the same everywhere.</summary>
    public const int FixedWidth = 160;

    /// <summary>
    /// A console over <paramref name="output"/>: colour only on a real terminal (<paramref name="consoleOutput"/>: it
    /// writes to the process's own standard output, which is not redirected) without <c>NO_COLOR</c>; plain and
    /// <see cref="FixedWidth"/> columns wide otherwise (files, pipes, tests).
    /// </summary>
    public static IAnsiConsole Create(TextWriter output, bool consoleOutput)
    {
        bool terminal = consoleOutput && !Console.IsOutputRedirected;
        bool colour = terminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });

        if (!terminal)
        {
            console.Profile.Width = FixedWidth;
            console.Profile.Capabilities.Unicode = true;
        }

        return console;
    }
}
