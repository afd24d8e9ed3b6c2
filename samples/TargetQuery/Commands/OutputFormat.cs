using System;
using System.CommandLine;
using System.Linq;
using HealthPlan.Catalogue.TargetQuery.Input;

namespace HealthPlan.Catalogue.TargetQuery.Commands;

/// <summary>
/// The <c>--format</c> (<c>-f</c>) option every command has: <c>table|json</c> on the query commands,
/// <c>json|csv|markdown</c> on export. Values are case-insensitive (<c>--format JSON</c>); a value not
/// among them is an error that names the closest one. <c>--output</c>, its name before 0.1, (and <c>-o</c>) still work
/// on the query commands but are hidden from help.
/// </summary>
internal sealed class OutputFormat
{
    public const string Table = "table";
    public const string Json = "json";

    private readonly Option<string> _format;
    private readonly Option<string>? _legacy;

    private OutputFormat(Option<string> format, Option<string>? legacy)
    {
        _format = format;
        _legacy = legacy;
    }

    /// <summary>The options to add to a command: <c>--format</c>, and the hidden <c>--output</c> when there is one.</summary>
    public Option[] Options => _legacy is null ? new Option[] { _format } : new Option[] { _format, _legacy };

    /// <summary>Adds <see cref="Options"/> to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in Options)
        {
            command.Options.Add(option);
        }
    }

    /// <summary>
    /// <c>--format table|json</c> for a query command, with the hidden alias <c>--output</c>; <paramref name="more"/>
    /// adds values of the command's own (assess: <c>fhir</c>), described by <paramref name="moreDescription"/>.
    /// </summary>
    public static OutputFormat ForQueries(string? moreDescription = null, params string[] more)
    {
        string description = moreDescription is null
            ? "table (default, for people) or json (for scripts; errors are JSON on stderr too)."
            : "table (default, for people), json (for scripts; errors are JSON on stderr too) or " + moreDescription;
        string[] values = new[] { Table, Json }.Concat(more).ToArray();
        return new OutputFormat(
            Create("--format", description, Table, values, "-f"),
            Create("--output", description, null, values, "-o", hidden: true));
    }

    /// <summary><c>--format</c> with the given values and default (export: json, csv, markdown).</summary>
    public static OutputFormat With(string description, string defaultValue, params string[] values)
        => new(Create("--format", description, defaultValue, values, "-f"), null);

    /// <summary>The chosen value, lower case: <c>--format</c>'s, or the hidden <c>--output</c>'s when only that is given.</summary>
    public string Get(ParseResult result)
    {
        string? value = null;
        if (_legacy is not null && result.GetResult(_format) is null or { Implicit: true })
        {
            value = result.GetValue(_legacy);
        }

        value ??= result.GetValue(_format);
        return (value ?? Table).ToLowerInvariant();
    }

    /// <summary>Whether the parsed value asks for JSON.</summary>
    public bool IsJson(ParseResult result) => Get(result) == Json;

    /// <summary>
    /// Whether the raw command line asks for JSON (<c>--format json</c>, <c>-f JSON</c>, <c>--format=json</c>, <c>--output json</c>),
    /// so that errors found while parsing it are JSON as well.
    /// </summary>
    public static bool RequestsJson(string[] args)
    {
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            foreach (string name in new[] { "--format", "-f", "--output", "-o" })
            {
                if (arg.Equals(name, StringComparison.Ordinal) && i + 1 < args.Length && args[i + 1].Equals(Json, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                if ((arg.StartsWith(name + "=", StringComparison.Ordinal) || arg.StartsWith(name + ":", StringComparison.Ordinal))
                    && arg[(name.Length + 1)..].Equals(Json, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Option<string> Create(string name, string description, string? defaultValue, string[] values, string? alias = null, bool hidden = false)
    {
        var option = alias is null ? new Option<string>(name) : new Option<string>(name, alias);
        option.Description = description;
        option.Hidden = hidden;
        option.HelpName = string.Join('|', values);
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        option.Validators.Add(result =>
        {
            string? value = result.Tokens.Count == 0 ? null : result.Tokens[^1].Value;
            if (value is not null && !values.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                string hint = Suggestions.DidYouMean(value, values);
                result.AddError($"'{value}' is not a format for {name}; use {string.Join(", ", values.Take(values.Length - 1))} or {values[^1]}" + hint);
            }
        });
        return option;
    }
}
