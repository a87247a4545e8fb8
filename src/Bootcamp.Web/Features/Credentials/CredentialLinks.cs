namespace Bootcamp.Web.Features.Credentials;

/// <summary>
/// The stable addresses of credentials. The base is <c>Credentials:BaseUrl</c> when set (the public address of the
/// installation, which a credential keeps for life), else the address the request came in on.
/// </summary>
public sealed class CredentialLinks(IHttpContextAccessor http, IConfiguration configuration)
{
    public string BaseUrl
    {
        get
        {
            if (configuration["Credentials:BaseUrl"] is { Length: > 0 } configured)
                return configured.TrimEnd('/');
            var request = http.HttpContext?.Request ?? throw new InvalidOperationException("Set Credentials:BaseUrl to issue credentials outside a request.");
            return $"{request.Scheme}://{request.Host}{request.PathBase}";
        }
    }

    public static string CredentialUrl(string baseUrl, string publicId) => $"{baseUrl}/credentials/{publicId}";

    public static string StatusUrl(string baseUrl, string publicId) => $"{baseUrl}/credentials/{publicId}/status";

    public static string IssuerUrl(string baseUrl) => $"{baseUrl}/credentials/issuer";

    public static string KeysUrl(string baseUrl) => $"{baseUrl}/.well-known/jwks.json";
}
