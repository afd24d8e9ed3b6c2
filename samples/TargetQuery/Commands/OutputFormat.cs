using System.CommandLine;

namespace HealthPlan.Catalogue.TargetQuery.Commands;

/// <summary>The <c>--output table|json</c> option shared by plans, show, compare and assess.</summary>
internal static class OutputFormat
{
    public const string Table = "table";
    public const string Json = "json";

    /// <summary>A new <c>--output</c> option (each command gets its own instance).</summary>
    public static Option<string> CreateOption()
    {
        var option = new Option<string>("--output", "-o")
        {
            Description = "table (default, for people) or json (for scripts)",
            DefaultValueFactory = _ => Table,
        };
        option.AcceptOnlyFromAmong(Table, Json);
        return option;
    }

    /// <summary>Whether the parsed value asks for JSON.</summary>
    public static bool IsJson(ParseResult result, Option<string> option) => result.GetValue(option) == Json;
}
