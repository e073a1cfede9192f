using System.Text.RegularExpressions;

namespace SpareSim.Experiments.Configuration;

/// <summary>
/// The sentence a user sees for a failure: the exception's message without the runtime's
/// decorations (" (Parameter 'x')", "Actual value was ...", type names such as System.Int32),
/// and the configuration binder's "Failed to convert configuration value" turned into "KEY:
/// 'VALUE' is not a whole number".
/// </summary>
public static partial class UserMessage
{
    /// <summary>The cleaned message of <paramref name="exception"/> (the innermost one of an aggregate).</summary>
    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        while (exception is AggregateException { InnerExceptions.Count: > 0 } aggregate) exception = aggregate.InnerExceptions[0];
        return Clean(exception.Message);
    }

    /// <summary>Cleans a message text.</summary>
    public static string Clean(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var convert = ConvertFailure().Match(message);
        if (convert.Success)
            return $"{convert.Groups["key"].Value}: '{convert.Groups["value"].Value}' is not {Kind(convert.Groups["type"].Value)}";
        string text = ParameterSuffix().Replace(message, "");
        text = ActualValue().Replace(text, "");
        text = TypeName().Replace(text, m => Kind(m.Value));
        return text.Trim();
    }

    private static string Kind(string type) => type.Split('.')[^1].TrimEnd(']', '[') switch
    {
        "Int16" or "Int32" or "Int64" or "UInt32" or "UInt64" => "a whole number",
        "Double" or "Single" or "Decimal" => "a number",
        "Boolean" => "true or false",
        "String" => "a text",
        _ => "a value of the right kind",
    };

    [GeneratedRegex(@"Failed to convert configuration value '(?<value>[^']*)' at '(?<key>[^']*)' to type '(?<type>[^']*)'")]
    private static partial Regex ConvertFailure();

    [GeneratedRegex(@" ?\(Parameter '[^']*'\)")]
    private static partial Regex ParameterSuffix();

    [GeneratedRegex(@"\s*Actual value was [^\r\n]*\.?")]
    private static partial Regex ActualValue();

    [GeneratedRegex(@"\bSystem\.(Int16|Int32|Int64|UInt32|UInt64|Double|Single|Decimal|Boolean|String)\b")]
    private static partial Regex TypeName();
}
