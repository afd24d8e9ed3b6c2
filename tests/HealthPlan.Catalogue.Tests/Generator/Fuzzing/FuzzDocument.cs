using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace HealthPlan.Catalogue.Tests.Generator.Fuzzing;

/// <summary>A tiny JSON tree that keeps duplicate keys and raw tokens (1e999, NaN, crafted strings), which System.Text.Json cannot.</summary>
internal abstract class Node
{
    public abstract Node Clone();
}

internal sealed class Obj : Node
{
    public Obj(List<Prop> props) => Props = props;

    public List<Prop> Props { get; }

    public override Node Clone() => new Obj(Props.Select(p => new Prop(p.Key, p.Value.Clone()) { RawKey = p.RawKey }).ToList());
}

internal sealed class Prop
{
    public Prop(string key, Node value)
    {
        Key = key;
        Value = value;
    }

    public string Key { get; }

    /// <summary>The key as a raw JSON token, when a mutation crafted it.</summary>
    public string? RawKey { get; set; }

    public Node Value { get; set; }
}

internal sealed class Arr : Node
{
    public Arr(List<Node> items) => Items = items;

    public List<Node> Items { get; }

    public override Node Clone() => new Arr(Items.Select(item => item.Clone()).ToList());
}

internal sealed class Str : Node
{
    public Str(string value) => Value = value;

    public string Value { get; }

    public override Node Clone() => this;
}

/// <summary>A token written as is: numbers, literals, crafted strings, deep nesting.</summary>
internal sealed class Raw : Node
{
    public Raw(string text) => Text = text;

    public string Text { get; }

    public override Node Clone() => this;
}

internal sealed class Wrapped : Node
{
    public Wrapped(Node inner, string prefix, string suffix)
    {
        Inner = inner;
        Prefix = prefix;
        Suffix = suffix;
    }

    public Node Inner { get; }

    public string Prefix { get; }

    public string Suffix { get; }

    public override Node Clone() => new Wrapped(Inner.Clone(), Prefix, Suffix);
}

/// <summary>The document: holds the root so a mutation can replace it.</summary>
internal sealed class Holder : Node
{
    public Holder(Node root) => Root = root;

    public Node Root { get; set; }

    public override Node Clone() => new Holder(Root.Clone());
}

internal readonly record struct Slot(Node Parent, int Index, string Path)
{
    public Node Value => Parent switch
    {
        Obj obj => obj.Props[Index].Value,
        Arr arr => arr.Items[Index],
        _ => ((Holder)Parent).Root,
    };

    public void Set(Node value)
    {
        switch (Parent)
        {
            case Obj obj:
                obj.Props[Index].Value = value;
                break;
            case Arr arr:
                arr.Items[Index] = value;
                break;
            default:
                ((Holder)Parent).Root = value;
                break;
        }
    }
}

/// <summary>Reading the seed plans into the tree, and walking it: every value with its JSON path, every object.</summary>
internal static class FuzzDocument
{
    public static IEnumerable<Slot> Slots(Holder document)
    {
        var pending = new Stack<(Node Node, string Path)>();
        pending.Push((document.Root, "$"));
        while (pending.Count > 0)
        {
            var (node, path) = pending.Pop();
            if (node is Obj obj)
            {
                for (int i = 0; i < obj.Props.Count; i++)
                {
                    string childPath = path + "." + obj.Props[i].Key;
                    yield return new Slot(obj, i, childPath);
                    pending.Push((obj.Props[i].Value, childPath));
                }
            }
            else if (node is Arr arr)
            {
                for (int i = 0; i < arr.Items.Count; i++)
                {
                    string childPath = $"{path}[{i}]";
                    yield return new Slot(arr, i, childPath);
                    pending.Push((arr.Items[i], childPath));
                }
            }
        }
    }

    public static IEnumerable<(Obj Node, string Path)> Objects(Holder document)
    {
        if (document.Root is Obj root)
        {
            yield return (root, "$");
        }

        foreach (var slot in Slots(document))
        {
            if (slot.Value is Obj obj)
            {
                yield return (obj, slot.Path);
            }
        }
    }

    public static Node FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new Obj(element.EnumerateObject().Select(p => new Prop(p.Name, FromElement(p.Value))).ToList()),
        JsonValueKind.Array => new Arr(element.EnumerateArray().Select(FromElement).ToList()),
        JsonValueKind.String => new Str(element.GetString()!),
        _ => new Raw(element.GetRawText()),
    };
}
