using Bootcamp.Web.Infrastructure.Pdf;
using PdfSharp.Fonts;

namespace Bootcamp.UnitTests.Pdf;

public sealed class EmbeddedFontResolverTests
{
    private static IFontResolver Resolver()
    {
        EmbeddedFontResolver.Install();
        return GlobalFontSettings.FontResolver!;
    }

    [Test]
    public void Installing_twice_keeps_the_one_resolver()
    {
        var first = Resolver();
        EmbeddedFontResolver.Install();

        Assert.That(GlobalFontSettings.FontResolver, Is.SameAs(first).And.InstanceOf<EmbeddedFontResolver>());
    }

    [TestCase(false, false, "LiberationSans-Regular")]
    [TestCase(true, false, "LiberationSans-Bold")]
    [TestCase(false, true, "LiberationSans-Italic")]
    [TestCase(true, true, "LiberationSans-BoldItalic")]
    public void Each_style_resolves_to_its_own_embedded_face(bool bold, bool italic, string face)
    {
        var resolver = Resolver();
        var info = resolver.ResolveTypeface("Liberation Sans", bold, italic);

        Assert.That(info?.FaceName, Is.EqualTo(face));
        // Every TrueType file starts with the sfnt version 0x00010000.
        Assert.That(resolver.GetFont(face)?.Take(4), Is.EqualTo(new byte[] { 0, 1, 0, 0 }));
    }

    [Test]
    public void An_unknown_family_is_not_resolved_so_PDFsharp_fails_loudly()
    {
        Assert.That(Resolver().ResolveTypeface("Comic Sans MS", false, false), Is.Null);
    }
}
