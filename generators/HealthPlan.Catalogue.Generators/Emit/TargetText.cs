using HealthPlan.Catalogue.Generators.Model;

namespace HealthPlan.Catalogue.Generators.Emit;

/// <summary>
/// A target in words for XML docs (≤ 6.3 ‰ by 2020), worded as the runtime's Target.ToString() words it,
/// so IntelliSense shows what the code returns.
/// </summary>
internal static class TargetText
{
    public static string Describe(TargetModel target, UnitModel unit)
    {
        string value = target.Value is double v ? WithSymbol(Stated(v, target.Decimals), unit) : string.Empty;
        string amount = target.Relative ? Stated(target.Value ?? 0, target.Decimals) + " %" : value;
        string baseline = target.BaselineYear?.ToString() ?? string.Empty;
        string text = target.Operator switch
        {
            "AtLeast" => "≥ " + value,
            "AtMost" => "≤ " + value,
            "Above" => "> " + value,
            "Below" => "< " + value,
            "Reach" => "= " + value,
            "Between" => Stated(target.Value ?? 0, target.Decimals) + "–" + WithSymbol(Stated(target.ValueMax ?? 0, target.Decimals), unit),
            "About" => "≈ " + value,
            "IncreaseBy" => $"+{amount} over {baseline}",
            "DecreaseBy" => $"−{amount} from {baseline}",
            _ => target.TextEn ?? target.TextZh ?? "qualitative goal",
        };
        text += " by " + Literals.Integer(target.Year);
        return target.Scope is null ? text : text + " (" + target.Scope + ")";
    }

    public static string WithUnit(double value, UnitModel unit) => WithSymbol(Literals.Display(value), unit);

    private static string WithSymbol(string number, UnitModel unit) => unit.Symbol.Length == 0 ? number : number + " " + unit.Symbol;

    /// <summary>A number with the decimals the document states it with: 5.0 stays 5.0.</summary>
    private static string Stated(double value, int decimals)
    {
        string shortest = Literals.Display(value);
        string stated = value.ToString("F" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
        return stated.Length > shortest.Length ? stated : shortest;
    }
}
