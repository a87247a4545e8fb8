using Bootcamp.Web.Infrastructure.Csv;

namespace Bootcamp.UnitTests.Csv;

public sealed class CsvTextTests
{
    [Test]
    public void Plain_fields_are_split_at_commas()
    {
        var result = CsvText.Read("a,b,c\n1,2,3\n");
        Assert.That(result.Error, Is.Null);
        Assert.That(result.Records.Select(r => r.Fields), Is.EqualTo(new[] { new[] { "a", "b", "c" }, new[] { "1", "2", "3" } }));
    }

    [Test]
    public void A_quoted_field_keeps_its_commas_and_doubled_quotes()
    {
        var result = CsvText.Read("\"Nguyen, Jr.\",\"say \"\"hi\"\"\",x");
        Assert.That(result.Records.Single().Fields, Is.EqualTo(new[] { "Nguyen, Jr.", "say \"hi\"", "x" }));
    }

    [Test]
    public void A_quoted_field_may_span_lines_and_the_next_record_keeps_its_line_number()
    {
        var result = CsvText.Read("h1,h2\r\n\"two\r\nlines\",b\r\nc,d\r\n");
        Assert.That(result.Records[1].Fields[0], Is.EqualTo("two\r\nlines"));
        Assert.That(result.Records.Select(r => r.Line), Is.EqualTo(new[] { 1, 2, 4 }));
    }

    [Test]
    public void A_byte_order_mark_blank_lines_and_a_missing_final_line_break_are_tolerated()
    {
        var result = CsvText.Read("\uFEFFname,email\n\n   \nAna,ana@example.org");
        Assert.That(result.Records.Select(r => r.Fields[0]), Is.EqualTo(new[] { "name", "Ana" }));
        Assert.That(result.Records[1].Line, Is.EqualTo(4));
    }

    [Test]
    public void Empty_fields_are_kept_in_place()
    {
        var result = CsvText.Read("a,,c,\n");
        Assert.That(result.Records.Single().Fields, Is.EqualTo(new[] { "a", "", "c", "" }));
    }

    [Test]
    public void Old_mac_line_endings_end_records()
    {
        var result = CsvText.Read("a,b\rc,d\r");
        Assert.That(result.Records, Has.Count.EqualTo(2));
        Assert.That(result.Records[1].Line, Is.EqualTo(2));
    }

    [Test]
    public void An_unclosed_quote_is_reported_with_its_line()
    {
        var result = CsvText.Read("a,b\n\"open,c\nd,e\n");
        Assert.That(result.Error, Does.StartWith("Line 2:").And.Contain("not closed"));
    }

    [Test]
    public void Text_after_a_closing_quote_is_an_error()
    {
        var result = CsvText.Read("\"a\"b,c");
        Assert.That(result.Error, Does.StartWith("Line 1:"));
    }

    [Test]
    public void A_stray_quote_inside_an_unquoted_field_is_an_error()
    {
        var result = CsvText.Read("a,b\nab\"c,d");
        Assert.That(result.Error, Does.StartWith("Line 2:"));
    }

    [TestCase("plain", "plain")]
    [TestCase("with, comma", "\"with, comma\"")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"")]
    public void Field_quotes_only_what_needs_quoting(string value, string expected) =>
        Assert.That(CsvText.Field(value), Is.EqualTo(expected));
}
