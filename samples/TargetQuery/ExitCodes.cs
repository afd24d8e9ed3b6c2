namespace HealthPlan.Catalogue.TargetQuery;

/// <summary>The exit codes of <c>TargetQuery</c>.</summary>
public static class ExitCodes
{
    /// <summary>Success: the command ran; for <c>assess</c>, every counted target is met; for <c>verify-sources</c>, every source matches.</summary>
    public const int Success = 0;

    /// <summary><c>assess</c>: some counted target is not met (or cannot be told); <c>verify-sources</c>: some source does not match.</summary>
    public const int Failed = 1;

    /// <summary>Bad input: an unknown plan, concept or category, a bad actuals file, a missing folder, or bad arguments.</summary>
    public const int BadInput = 2;

    /// <summary>
    /// The output could not be written: standard output or error closed, its reader gone, or the disk full. One line on
    /// standard error says which (when standard error still works); what was written before is incomplete.
    /// </summary>
    public const int OutputFailed = 3;
}
