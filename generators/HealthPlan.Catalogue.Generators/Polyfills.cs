// Language features the netstandard2.0 target lacks the types for.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
