using System;
using System.IO;
using System.Linq;
using System.Text;

namespace HealthPlan.Catalogue.CodeGen;

/// <summary>
/// <c>dotnet run --project generators/HealthPlan.Catalogue.CodeGen [-- --check] [-- --root DIR]</c>:
/// regenerates the files that restate units.json, the plan-file words of <see cref="PlanFileTokens"/> or the plan
/// records' fields of <see cref="PlanFields"/>, or with
/// <c>--check</c> only reports the stale ones (exit 1). The repository is the folder holding Catalogue.sln above
/// the working directory.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        bool check = false;
        string? root = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--check")
            {
                check = true;
            }
            else if (args[i] == "--root" && i + 1 < args.Length)
            {
                root = Path.GetFullPath(args[++i]);
            }
            else
            {
                Console.Error.WriteLine($"usage: {CodeGeneration.Command} [-- [--check] [--root <repository>]]");
                return 2;
            }
        }

        root ??= FindRoot();
        if (root is null)
        {
            Console.Error.WriteLine("Catalogue.sln was not found above the working directory; pass --root <repository>.");
            return 2;
        }

        GeneratedFile[] files;
        try
        {
            files = CodeGeneration.Generate(root).ToArray();
        }
        catch (UnitDefinitionException exception)
        {
            Console.Error.WriteLine($"{CodeGeneration.UnitDefinitionPath}: {exception.Problems.Count} problem(s):");
            foreach (string problem in exception.Problems)
            {
                Console.Error.WriteLine("  " + problem);
            }

            return 1;
        }
        catch (InvalidOperationException exception)
        {
            Console.Error.WriteLine(exception.Message);
            return 1;
        }

        int stale = 0;
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var file in files)
        {
            string path = CodeGeneration.FullPath(root, file.Path);
            if (File.Exists(path) && File.ReadAllText(path) == file.Content)
            {
                continue;
            }

            stale++;
            if (check)
            {
                Console.WriteLine($"stale: {file.Path}");
            }
            else
            {
                File.WriteAllText(path, file.Content, utf8);
                Console.WriteLine($"wrote: {file.Path}");
            }
        }

        Console.WriteLine(stale == 0
            ? $"{files.Length} files up to date with {CodeGeneration.UnitDefinitionPath}, {CodeGeneration.TokenDefinitionPath} and {CodeGeneration.FieldDefinitionPath}."
            : check ? $"{stale} of {files.Length} files are stale; run `{CodeGeneration.Command}`." : $"{stale} of {files.Length} files written.");
        return check && stale > 0 ? 1 : 0;
    }

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Catalogue.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
