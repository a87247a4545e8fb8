using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Bootcamp.Web.Infrastructure.Mail;

/// <summary>The <c>Smtp</c> settings. No host, no e-mail: the app works without a mail server.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string From { get; set; } = "bootcamp@localhost";
    public string? User { get; set; }
    public string? Password { get; set; }

    /// <summary>The public address links in e-mails start with; without it the credentials' public address is used.</summary>
    public string? LinkBaseUrl { get; set; }
}

/// <summary>Sends plain-text e-mail through the configured SMTP server with MailKit.</summary>
public sealed class Mailer(IOptions<SmtpOptions> options, IConfiguration configuration)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.Host);

    /// <summary>The base of links in e-mails, without a trailing slash; null when neither setting gives one.</summary>
    public string? LinkBaseUrl =>
        (options.Value.LinkBaseUrl is { Length: > 0 } own ? own : configuration["Credentials:BaseUrl"] is { Length: > 0 } shared ? shared : null)?.TrimEnd('/');

    public async Task SendAsync(string to, string subject, string text, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var host = IsConfigured ? settings.Host! : throw new InvalidOperationException("Smtp:Host is not set, so no e-mail can be sent.");
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = text };
        using var client = new SmtpClient();
        // Port 465 speaks TLS from the first byte; other ports upgrade with STARTTLS when the server offers it.
        await client.ConnectAsync(host, settings.Port, SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(settings.User))
            await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}

public static class MailServices
{
    public static IServiceCollection AddBootcampMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
        services.AddSingleton<Mailer>();
        return services;
    }
}
