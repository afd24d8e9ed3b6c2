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
        string value = target.Value is double v ? WithUnit(v, unit) : string.Empty;
        string amount = target.Relative ? Literals.Display(target.Value ?? 0) + " %" : value;
        string baseline = target.BaselineYear?.ToString() ?? string.Empty;
        string text = target.Operator switch
        {
            "AtLeast" => "≥ " + value,
            "AtMost" => "≤ " + value,
            "Above" => "> " + value,
            "Below" => "< " + value,
            "Reach" => "= " + value,
            "Between" => Literals.Display(target.Value ?? 0) + "–" + WithUnit(target.ValueMax ?? 0, unit),
            "About" => "≈ " + value,
            "IncreaseBy" => $"+{amount} over {baseline}",
            "DecreaseBy" => $"−{amount} from {baseline}",
            _ => target.TextEn ?? target.TextZh ?? "qualitative goal",
        };
        text += " by " + Literals.Integer(target.Year);
        return target.Scope is null ? text : text + " (" + target.Scope + ")";
    }

    public static string WithUnit(double value, UnitModel unit)
        => unit.Symbol.Length == 0 ? Literals.Display(value) : Literals.Display(value) + " " + unit.Symbol;
}
