using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Bootcamp.Web.Infrastructure.Pdf;

/// <summary>
/// Serves Liberation Sans from the TTFs embedded in this assembly. PDFsharp has no font lookup on Linux, and a
/// report must look the same on every machine, so system fonts are never read.
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    public const string FamilyName = "Liberation Sans";

    private static readonly Lock InstallGate = new();
    private static bool _installed;

    private readonly ConcurrentDictionary<string, byte[]> _faces = new();

    private EmbeddedFontResolver()
    {
    }

    /// <summary>Makes this the process-wide resolver. PDFsharp allows setting it only once, before the first font is used.</summary>
    public static void Install()
    {
        lock (InstallGate)
        {
            if (_installed)
                return;
            GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            _installed = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        // An unknown family returns null so that PDFsharp fails loudly instead of drawing with a surprise font.
        if (!string.Equals(familyName, FamilyName, StringComparison.OrdinalIgnoreCase))
            return null;
        var face = (bold, italic) switch
        {
            (true, true) => "LiberationSans-BoldItalic",
            (true, false) => "LiberationSans-Bold",
            (false, true) => "LiberationSans-Italic",
            _ => "LiberationSans-Regular",
        };
        return new FontResolverInfo(face);
    }

    public byte[]? GetFont(string faceName) => _faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        var assembly = typeof(EmbeddedFontResolver).Assembly;
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith($".Fonts.{faceName}.ttf", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The font {faceName}.ttf is not embedded in {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
