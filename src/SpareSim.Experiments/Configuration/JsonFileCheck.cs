using System.Text;
using System.Text.Json;

namespace SpareSim.Experiments.Configuration;

/// <summary>
/// Checks that a file is JSON the configuration library will read (comments and trailing commas
/// allowed) and that no object repeats a key (keys are case-insensitive there); a problem is
/// reported with its line, column and reason.
/// </summary>
public static class JsonFileCheck
{
    /// <summary>Null when <paramref name="bytes"/> are valid, else "line L, column C: reason".</summary>
    public static string? Problem(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return "the file is empty";
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var objects = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject: objects.Push(new HashSet<string>(StringComparer.OrdinalIgnoreCase)); break;
                    case JsonTokenType.StartArray: objects.Push(null); break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray: objects.Pop(); break;
                    case JsonTokenType.PropertyName:
                        string name = reader.GetString()!;
                        if (objects.Peek() is { } keys && !keys.Add(name))
                            return $"{Position(bytes, reader.TokenStartIndex)}: the key '{name}' appears twice in the same object (keys are case-insensitive)";
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            string reason = e.Message;
            int cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut >= 0) reason = reason[..cut];
            long line = (e.LineNumber ?? 0) + 1, column = (e.BytePositionInLine ?? 0) + 1;
            return $"line {line}, column {column}: {reason.Trim()}";
        }
        return null;
    }

    /// <summary>Throws <see cref="ExperimentInputException"/> for <paramref name="key"/> when <paramref name="file"/> is missing, a folder, or not valid JSON.</summary>
    public static void EnsureValid(string file, string key)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (Directory.Exists(file)) throw new ExperimentInputException(key, $"'{file}' is a folder, not a file");
        if (!File.Exists(file)) throw new ExperimentInputException(key, $"file '{file}' does not exist");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ExperimentInputException(key, $"'{file}' cannot be read: {UserMessage.Of(ex)}");
        }
        if (Problem(bytes) is { } problem) throw new ExperimentInputException(key, $"'{file}' is not valid JSON: {problem}");
    }

    private static string Position(byte[] bytes, long offset)
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < offset && i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') { line++; lineStart = i + 1; }
        int column = Encoding.UTF8.GetCharCount(bytes, lineStart, (int)offset - lineStart) + 1;
        return $"line {line}, column {column}";
    }
}
