using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Bootcamp.IntegrationTests.Support;
using Bootcamp.Web.Features.Exports;
using Bootcamp.Web.Infrastructure.Csv;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Nodes;

/// <summary>
/// Two app nodes on one database, as behind a load balancer (issue 13): they share nothing but the database (the key
/// ring, the finished exports and Hangfire's storage are in it, and each node has an exports folder of its own), so a
/// user signed in on node A keeps working on node B, and a background export asked for on either node runs exactly
/// once, on whichever node's worker takes it, and downloads from the other.
/// </summary>
public sealed partial class TwoNodeTests
{
    private static Dictionary<string, string> Shared(string jobs, string exportsFolder) => new()
    {
        ["Jobs:Storage"] = "Database",
        ["Jobs:File"] = jobs,
        ["Jobs:PollSeconds"] = "0.2",
        ["Jobs:Workers"] = "2",
        ["Exports:Store"] = "Database",
        ["Exports:Folder"] = exportsFolder,
        ["DataProtection:Store"] = "Database",
    };

    [Test]
    public async Task A_sign_in_on_one_node_works_on_the_other_and_exports_run_once_and_download_anywhere()
    {
        var jobs = Path.Combine(Path.GetTempPath(), $"bootcamp-jobs-{Guid.NewGuid():N}.db");
        var folderA = Path.Combine(Path.GetTempPath(), $"bootcamp-node-a-{Guid.NewGuid():N}");
        var folderB = Path.Combine(Path.GetTempPath(), $"bootcamp-node-b-{Guid.NewGuid():N}");
        var a = new BootcampApp(settings: Shared(jobs, folderA));
        try
        {
            _ = a.Services;
            using var b = BootcampApp.Restart(a, Shared(jobs, folderB));
            var admin = await Session.SignInAsync(a, BootcampApp.Admin);

            var onB = await admin.GetAsync(b, "/Cohorts");
            var cohorts = await a.WithDbAsync(db => db.Cohorts.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
            var asked = new List<Guid>();
            for (var i = 0; i < cohorts.Count; i++)
                asked.Add(await admin.AskForRawExportAsync(i % 2 == 0 ? a : b, cohorts[i]));
            var finished = new List<ExportFile>();
            foreach (var id in asked)
                finished.Add(await BackgroundExportWaits.FinishedAsync(b, id));
            var downloads = new List<(HttpResponseMessage Response, byte[] Bytes)>();
            foreach (var (id, i) in asked.Select((id, i) => (id, i)))
            {
                var response = await admin.GetAsync(i % 2 == 0 ? b : a, $"/Exports/File/{id}");
                downloads.Add((response, await response.Content.ReadAsByteArrayAsync()));
            }
            var expectedRows = new List<int>();
            foreach (var cohort in cohorts)
            {
                expectedRows.Add(await a.WithDbAsync(async db => await db.ExerciseLogs.CountAsync(l => l.CohortId == cohort)
                    + await db.Attendance.CountAsync(m => db.Sessions.Any(s => s.Id == m.SessionId && s.CohortId == cohort))));
            }

            using (Assert.EnterMultipleScope())
            {
                Assert.That(onB.StatusCode, Is.EqualTo(HttpStatusCode.OK), "node B takes node A's sign-in");
                Assert.That(await onB.Content.ReadAsStringAsync(), Does.Contain("<h1").And.Contain("Cohorts"));
                Assert.That(finished.Select(f => f.Status), Is.All.EqualTo(ExportStatus.Done));
                Assert.That(finished.Select(f => f.Runs), Is.All.EqualTo(1), "every job ran once, on one node");
                for (var i = 0; i < downloads.Count; i++)
                {
                    Assert.That(downloads[i].Response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                    Assert.That(downloads[i].Bytes, Has.Length.EqualTo(finished[i].SizeBytes));
                    Assert.That(CsvText.Read(Encoding.UTF8.GetString(downloads[i].Bytes)).Records.Count - 1, Is.EqualTo(expectedRows[i]));
                }
                Assert.That(new[] { folderA, folderB }.SelectMany(f => Directory.Exists(f) ? Directory.GetFiles(f) : []), Is.Empty, "no finished file stays on a node");
                Assert.That(await a.WithDbAsync(db => db.ExportFileChunks.Select(c => c.FileId).Distinct().CountAsync()), Is.EqualTo(asked.Count));
            }
        }
        finally
        {
            await a.DisposeAsync();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(jobs + suffix);
            foreach (var folder in new[] { folderA, folderB }.Where(Directory.Exists))
                Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task A_node_with_a_key_ring_of_its_own_refuses_the_others_sign_in()
    {
        using var a = new BootcampApp(settings: new Dictionary<string, string> { ["DataProtection:Store"] = "Database" });
        using var stranger = BootcampApp.Restart(a, new Dictionary<string, string>
        {
            ["DataProtection:Store"] = "Folder",
            ["DataProtection:KeysFolder"] = Path.Combine(Path.GetTempPath(), $"bootcamp-keys-{Guid.NewGuid():N}"),
        });
        var admin = await Session.SignInAsync(a, BootcampApp.Admin);

        var onA = await admin.GetAsync(a, "/Cohorts");
        var onStranger = await admin.GetAsync(stranger, "/Cohorts");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(onA.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(onStranger.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(onStranger.Headers.Location?.ToString(), Does.Contain("/Account/SignIn"));
        }
    }

    /// <summary>A browser's cookies, sent to whichever node a request goes to, as a load balancer would.</summary>
    private sealed partial class Session
    {
        private readonly Dictionary<string, string> _cookies = [];

        public static async Task<Session> SignInAsync(BootcampApp node, string email)
        {
            var session = new Session();
            var response = await session.PostFormAsync(node, "/Account/SignIn", "/Account/SignIn",
                new() { ["Email"] = email, ["Password"] = BootcampApp.Password });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "signed in");
            return session;
        }

        public async Task<Guid> AskForRawExportAsync(BootcampApp node, int cohortId)
        {
            var response = await PostFormAsync(node, "/Exports", "/Exports/Background", new()
            {
                ["Background.Kind"] = ExportKinds.Raw,
                ["Background.Cohorts"] = "chosen",
                ["Background.CohortIds"] = cohortId.ToString(),
                ["Background.Format"] = "csv",
            });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the export was asked for");
            return Guid.Parse(PreparingPattern().Match(response.Headers.Location!.ToString()).Groups[1].Value);
        }

        public async Task<HttpResponseMessage> GetAsync(BootcampApp node, string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            return await SendAsync(node, request);
        }

        private async Task<HttpResponseMessage> PostFormAsync(BootcampApp node, string pageUrl, string postUrl, Dictionary<string, string> fields)
        {
            var page = await (await GetAsync(node, pageUrl)).Content.ReadAsStringAsync();
            var token = TokenPattern().Match(page);
            Assert.That(token.Success, $"an anti-forgery token on {pageUrl}");
            var all = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)) };
            using var request = new HttpRequestMessage(HttpMethod.Post, postUrl) { Content = new FormUrlEncodedContent(all) };
            return await SendAsync(node, request);
        }

        private async Task<HttpResponseMessage> SendAsync(BootcampApp node, HttpRequestMessage request)
        {
            if (_cookies.Count > 0)
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            var response = await client.SendAsync(request);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';', 2)[0].Split('=', 2);
                _cookies[pair[0]] = pair[1];
            }
            return response;
        }

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex TokenPattern();

        [GeneratedRegex("/Exports/Preparing/([0-9a-f-]{36})")]
        private static partial Regex PreparingPattern();
    }
}
