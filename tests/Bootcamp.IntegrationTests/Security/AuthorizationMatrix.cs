namespace Bootcamp.IntegrationTests.Security;

public enum Who { Anonymous, Admin, Staff, Instructor, Partner }

/// <summary>Inside the caller's scope, or outside it (for an admin's POST: an id that does not exist).</summary>
public enum Place { Inside, Outside }

/// <summary>
/// Ok: 200, or a redirect that is not to sign-in or Denied. Page: a POST answered with the form and its message.
/// Denied: 403, or the redirect to the Denied page. SignIn: the redirect to sign-in.
/// </summary>
public enum Answer { Ok, Page, SignIn, Denied, NotFound, BadRequest, Other }

/// <summary>What an action's id (or token) names; {cohortId}, {enrolmentId} and {learnerId} in a route are always those.</summary>
public enum Id { None, Cohort, Centre, Session, Enrolment, Learner, Entry, Instructor, Holiday, Programme, Module, Partner, User, CohortToken, InstructorToken, StatusCode, Project, Group, Credential, Download, Subscription }

/// <summary>Who may use an action: everyone (anonymous too), or the admin plus some roles, with or without scope on the id.</summary>
public sealed record Access(bool Anyone, IReadOnlySet<Who> Roles, bool Scoped)
{
    public static readonly Access Everyone = new(true, new HashSet<Who>(), false);

    /// <summary>The admin and <paramref name="roles"/>; an id outside the caller's scope is not found.</summary>
    public static Access Scope(params Who[] roles) => new(false, new HashSet<Who>(roles.Append(Who.Admin)), true);

    /// <summary>The admin and <paramref name="roles"/>, whatever the id.</summary>
    public static Access Open(params Who[] roles) => new(false, new HashSet<Who>(roles.Append(Who.Admin)), false);
}

/// <summary>
/// One action of the route table ("Controller.Action METHOD") and how it answers each role. A POST is sent with an
/// id outside the caller's scope and <see cref="Form"/>; by default the admin and allowed roles get 404 (or, for a
/// POST without an id, the form back with its message), never a success redirect.
/// </summary>
public sealed record MatrixEntry(string Action, Id Id, Access Access)
{
    public IReadOnlyDictionary<string, string> Form { get; init; } = new Dictionary<string, string>();
    public string Query { get; init; } = "";

    /// <summary>The request ends the caller's session (every session of the account), so each role signs in again after it.</summary>
    public bool EndsSession { get; init; }
    public IReadOnlyDictionary<(Who, Place), Answer> Exceptions { get; init; } = new Dictionary<(Who, Place), Answer>();

    public bool IsPost => Action.EndsWith(" POST", StringComparison.Ordinal);

    public Answer Expected(Who who, Place place)
    {
        if (Exceptions.TryGetValue((who, place), out var exception))
            return exception;
        if (Access.Anyone)
            return IsPost ? Answer.Page : Answer.Ok;
        if (who == Who.Anonymous)
            return Answer.SignIn;
        if (!Access.Roles.Contains(who))
            return Answer.Denied;
        if (IsPost)
            return Id == Id.None ? Answer.Page : Answer.NotFound;
        return place == Place.Outside && Access.Scoped && Id != Id.None && who != Who.Admin ? Answer.NotFound : Answer.Ok;
    }

    public MatrixEntry But(Who who, Place place, Answer answer) =>
        this with { Exceptions = new Dictionary<(Who, Place), Answer>(Exceptions) { [(who, place)] = answer } };

    /// <summary>The same answer for every caller and id.</summary>
    public MatrixEntry Always(Answer answer) =>
        this with { Exceptions = Enum.GetValues<Who>().SelectMany(w => Enum.GetValues<Place>().Select(p => (w, p))).ToDictionary(k => k, _ => answer) };

    public MatrixEntry With(params string[] fields) =>
        this with { Form = fields.Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => f[1]) };

    public override string ToString() => Action;
}

/// <summary>
/// The authorization matrix (issue 8): one entry per controller action. Adding, renaming or removing an action means
/// changing its line here in the same commit. A = admin, S = Berlin staff, I = the demo instructor, P = the Lisbon partner.
/// </summary>
public static class AuthorizationMatrix
{
    private const Who S = Who.Staff, I = Who.Instructor, P = Who.Partner;
    private static readonly Access Anyone = Access.Everyone;
    private static readonly Access Admin = Access.Open();
    private static readonly Access SignedIn = Access.Open(S, I, P);
    private static readonly Access Staff = Access.Scope(S);
    private static readonly Access Teaching = Access.Scope(S, I);
    private static readonly Access Seeing = Access.Scope(S, I, P);

    private static MatrixEntry Get(string action, Id id, Access access) => new($"{action} GET", id, access);
    private static MatrixEntry Any(string action, Id id, Access access) => new($"{action} ANY", id, access);
    private static MatrixEntry Post(string action, Id id, Access access, params string[] form) => new MatrixEntry($"{action} POST", id, access).With(form);

    public static readonly IReadOnlyList<MatrixEntry> Entries =
    [
        Get("Account.SignIn", Id.None, Anyone),
        Post("Account.SignIn", Id.None, Anyone, "Email=nobody@example.org", "Password=wrong"),
        (Post("Account.SignOut", Id.None, Anyone) with { EndsSession = true }).Always(Answer.Ok),
        Get("Account.Denied", Id.None, Anyone).Always(Answer.Denied),
        Get("Account.ChangePassword", Id.None, SignedIn),
        Post("Account.ChangePassword", Id.None, SignedIn),

        Get("Attendance.Cohort", Id.Cohort, Teaching),
        Get("Attendance.Roster", Id.Session, Teaching),
        Post("Attendance.Roster", Id.Session, Teaching, "Rows[0].LearnerId={Learner}", "Rows[0].Status=Present", "Rows[0].Version=0"),
        Get("Attendance.History", Id.Session, Teaching),

        Get("Badges.Board", Id.Cohort, Seeing),
        Get("Badges.Learner", Id.Learner, Seeing),
        Post("Badges.Award", Id.Learner, Staff, "Award.ModuleId={Module}"),
        Post("Badges.Revoke", Id.Learner, Staff, "Revoke.AwardId=1", "Revoke.Reason=Matrix"),

        Any("Centres.Index", Id.None, Staff),
        Any("Centres.Details", Id.Centre, Staff),
        Get("Centres.Create", Id.None, Admin),
        Post("Centres.Create", Id.None, Admin),
        Get("Centres.Edit", Id.Centre, Admin),
        Post("Centres.Edit", Id.Centre, Admin, "Form.Name=Renamed", "Form.Country=DE", "Form.TimeZoneId=Europe/Berlin"),
        Post("Centres.AddRoom", Id.Centre, Staff, "Room.Name=Matrix room", "Room.Capacity=20"),
        Post("Centres.AddHoliday", Id.Centre, Staff, "Holiday.Name=Matrix day", "Holiday.FirstDay=2026-08-03", "Holiday.LastDay=2026-08-03"),
        Post("Centres.RemoveHoliday", Id.Centre, Staff, "holidayId={Holiday}"),
        Get("Centres.ImportHolidays", Id.Centre, Staff),
        Post("Centres.ImportHolidays", Id.Centre, Staff, "Form.Country=DE", "Form.Region=BE", "Form.Year=2029", "command=preview"),

        Get("Credentials.Credential", Id.Credential, Anyone),
        Get("Credentials.Json", Id.Credential, Anyone),
        Get("Credentials.Jwt", Id.Credential, Anyone),
        Get("Credentials.Status", Id.Credential, Anyone),
        Get("Credentials.Issuer", Id.None, Anyone),
        Get("Credentials.Keys", Id.None, Anyone),
        Get("Credentials.Check", Id.None, Anyone),
        Post("Credentials.Check", Id.None, Anyone, "Form.Jwt=not.a.credential"),
        Post("Credentials.Revoke", Id.Credential, Staff, "Revoke.Reason=Matrix"),
        Get("Credentials.IssuerKeys", Id.None, Admin),
        Post("Credentials.RotateKey", Id.None, Admin),

        Get("LearnerDocuments.Transcript", Id.Learner, Seeing),
        // The sample learners have not graduated, so they have no certificate; CertificateTests download a real one.
        Get("LearnerDocuments.Certificate", Id.Learner, Seeing)
            .But(Who.Admin, Place.Inside, Answer.NotFound).But(Who.Admin, Place.Outside, Answer.NotFound).But(S, Place.Inside, Answer.NotFound)
            .But(I, Place.Inside, Answer.NotFound).But(P, Place.Inside, Answer.NotFound),

        Get("Cohorts.Index", Id.None, SignedIn),
        Get("Cohorts.Details", Id.Cohort, Seeing),
        Get("Cohorts.Create", Id.None, Staff),
        Post("Cohorts.Create", Id.None, Staff),
        Get("Cohorts.Edit", Id.Cohort, Staff),
        Post("Cohorts.Edit", Id.Cohort, Staff),

        Get("Dashboard.Index", Id.None, Access.Open(S, P)),

        Get("Exports.Index", Id.None, Access.Open(S, P)),
        Get("Exports.Progress", Id.None, Access.Open(S, P)),
        Get("Exports.Downloads", Id.None, Access.Open(S, P)),
        // A background request naming a cohort outside the scope (for the admin, one that does not exist) is not found.
        Post("Exports.Background", Id.None, Access.Open(S, P), "Background.Kind=raw", "Background.Cohorts=chosen", "Background.Format=csv", "Background.CohortIds={Cohort}")
            .But(Who.Admin, Place.Outside, Answer.NotFound).But(S, Place.Outside, Answer.NotFound).But(P, Place.Outside, Answer.NotFound),
        // A background export is its owner's alone: the admin, too, is told another user's file does not exist.
        Get("Exports.Preparing", Id.Download, Access.Scope(S, P)).But(Who.Admin, Place.Inside, Answer.NotFound).But(Who.Admin, Place.Outside, Answer.NotFound),
        Get("Exports.Status", Id.Download, Access.Scope(S, P)).But(Who.Admin, Place.Inside, Answer.NotFound).But(Who.Admin, Place.Outside, Answer.NotFound),
        // The file's address without a session is not found either, rather than a sign-in page that would confirm it.
        Get("Exports.Download", Id.Download, Access.Scope(S, P))
            .But(Who.Admin, Place.Inside, Answer.NotFound).But(Who.Admin, Place.Outside, Answer.NotFound)
            .But(Who.Anonymous, Place.Inside, Answer.NotFound).But(Who.Anonymous, Place.Outside, Answer.NotFound)
            .But(I, Place.Inside, Answer.NotFound).But(I, Place.Outside, Answer.NotFound),

        Get("Enrolments.Enrol", Id.Cohort, Staff),
        Post("Enrolments.Enrol", Id.Cohort, Staff, "Form.Email=matrix@example.org"),
        Get("Enrolments.Withdraw", Id.Cohort, Staff),
        Post("Enrolments.Withdraw", Id.Cohort, Staff, "Form.WithdrawnOn=2026-06-01", "Form.Reason=Matrix"),
        Get("Enrolments.Reinstate", Id.Cohort, Staff),
        Post("Enrolments.Reinstate", Id.Cohort, Staff, "Form.Reason=Matrix"),
        Get("Enrolments.Import", Id.Cohort, Staff),
        Post("Enrolments.Import", Id.Cohort, Staff),
        Post("Enrolments.ConfirmImport", Id.Cohort, Staff, "csv=first_name,last_name,email\nMat,Rix,matrix@example.org"),
        Get("Enrolments.SampleCsv", Id.None, Staff),

        Get("ExerciseHours.Index", Id.Cohort, Teaching),
        Get("ExerciseHours.Log", Id.Cohort, Teaching),
        Post("ExerciseHours.Log", Id.Cohort, Teaching, "Form.Who=learner-{Learner}", "Form.Kind=Solo", "Form.ModuleId={Module}", "Form.Date=2026-06-09", "Form.Hours=1", "Form.Description=Matrix"),
        Get("ExerciseHours.Week", Id.Cohort, Teaching),
        Post("ExerciseHours.Week", Id.Cohort, Teaching, "week=2026-06-08"),
        Get("ExerciseHours.Import", Id.Cohort, Teaching),
        Get("ExerciseHours.Sample", Id.Cohort, Teaching),
        Post("ExerciseHours.Import", Id.Cohort, Teaching),
        Get("ExerciseHours.Edit", Id.Entry, Teaching),
        Post("ExerciseHours.Edit", Id.Entry, Teaching, "Form.Hours=2", "Form.Reason=Matrix"),
        Post("ExerciseHours.Delete", Id.Entry, Teaching, "Form.Reason=Matrix"),
        Get("ExerciseHours.Learner", Id.Cohort, Teaching),

        Get("Learners.Details", Id.Learner, Seeing),

        Get("Graduation.Board", Id.Cohort, Seeing),
        Post("Graduation.Board", Id.Cohort, Staff, "Command=graduate-qualified"),
        Get("Graduation.Report", Id.Cohort, Seeing),

        Any("Home.Index", Id.None, SignedIn),
        Any("Home.Error", Id.None, Anyone),
        Any("Home.Status", Id.StatusCode, Anyone),

        Any("Partners.Index", Id.None, Admin),
        Get("Partners.Create", Id.None, Admin),
        Post("Partners.Create", Id.None, Admin),
        Get("Partners.Edit", Id.Partner, Admin),
        Post("Partners.Edit", Id.Partner, Admin, "Form.Name=Renamed"),

        Get("Projects.Index", Id.Cohort, Seeing),
        Post("Projects.CopyTemplates", Id.Cohort, Teaching),
        Get("Projects.Create", Id.Cohort, Teaching),
        Post("Projects.Create", Id.Cohort, Teaching, "Form.Title=Matrix", "Form.DueDate=2026-08-03", "Form.PassMarkPercent=60"),
        Get("Projects.Details", Id.Project, Seeing),
        Get("Projects.Edit", Id.Project, Teaching),
        Post("Projects.Edit", Id.Project, Teaching, "Form.Title=Matrix", "Form.DueDate=2026-08-03", "Form.PassMarkPercent=60"),
        Get("Projects.Groups", Id.Project, Teaching),
        Post("Projects.Groups", Id.Project, Teaching, "Command=save", "GroupCount=1", "Names[0]=Matrix", "Rows[0].LearnerId={Learner}", "Rows[0].Group=1"),
        Post("Projects.Move", Id.Project, Teaching, "Move.LearnerId={Learner}", "Move.ToGroupId=0", "Move.Reason=Matrix"),
        Get("Projects.Group", Id.Group, Seeing),
        Post("Projects.Submit", Id.Group, Teaching, "Submit.MilestoneId=1", "Submit.Link=https://example.org/matrix"),
        Post("Projects.Review", Id.Group, Teaching, "Review.MilestoneId=1"),
        Get("Projects.Grade", Id.Group, Teaching),
        Post("Projects.Grade", Id.Group, Teaching, "Form.TeamGrade=50"),

        Any("Programmes.Index", Id.None, Admin),
        Any("Programmes.Details", Id.Programme, Admin),
        Get("Programmes.Create", Id.None, Admin),
        Post("Programmes.Create", Id.None, Admin),
        Get("Programmes.Edit", Id.Programme, Admin),
        Post("Programmes.Edit", Id.Programme, Admin),
        Get("Programmes.AddModule", Id.Programme, Admin),
        Post("Programmes.AddModule", Id.Programme, Admin),
        Get("Programmes.EditModule", Id.Module, Admin),
        Post("Programmes.EditModule", Id.Module, Admin),
        Get("Programmes.MicroCredential", Id.Programme, Admin),
        Post("Programmes.MicroCredential", Id.Programme, Admin),
        Post("Programmes.MoveModule", Id.Programme, Admin, "moduleId={Module}", "direction=1"),

        Get("CalendarFeeds.Cohort", Id.CohortToken, Anyone),
        Get("CalendarFeeds.Instructor", Id.InstructorToken, Anyone),
        Get("CalendarFeeds.InstructorLectures", Id.Instructor, Teaching),
        Post("CalendarFeeds.ResetCohortToken", Id.Cohort, Staff),
        Post("CalendarFeeds.ResetInstructorToken", Id.Instructor, Teaching),

        Get("Schedule.Index", Id.None, SignedIn),
        Get("Schedule.Cohort", Id.Cohort, Seeing),
        Get("Schedule.Print", Id.Cohort, Seeing),
        Get("Schedule.Generate", Id.Cohort, Staff),
        Post("Schedule.Generate", Id.Cohort, Staff),
        Post("Schedule.AddBreak", Id.Cohort, Staff, "Break.Name=Matrix", "Break.FirstDay=2026-08-03", "Break.LastDay=2026-08-07"),
        Post("Schedule.RemoveBreak", Id.Cohort, Staff, "breakId=1"),
        Get("Schedule.Shift", Id.Cohort, Staff),
        Post("Schedule.Shift", Id.Cohort, Staff),
        Get("Schedule.Conflicts", Id.Centre, Staff),
        Get("Schedule.Instructor", Id.Instructor, Teaching),
        Get("Schedule.Rooms", Id.Centre, Staff),
        Get("Schedule.Timeline", Id.None, Staff),

        Get("Sessions.Session", Id.Session, Staff),
        Post("Sessions.Session", Id.Session, Staff),
        Post("Sessions.Cancel", Id.Session, Staff, "Cancel.Reason=Matrix"),
        Post("Sessions.Restore", Id.Session, Staff, "Restore.Reason=Matrix"),
        Get("Sessions.AddSession", Id.Cohort, Staff),
        Post("Sessions.AddSession", Id.Cohort, Staff),

        Get("SoftSkills.Rubric", Id.Programme, Admin),
        Post("SoftSkills.SaveSkill", Id.Programme, Admin, "Form.Name=Matrix skill", "Form.Descriptors[0]=a", "Form.Descriptors[1]=b", "Form.Descriptors[2]=c",
            "Form.Descriptors[3]=d", "Form.Descriptors[4]=e"),
        Post("SoftSkills.RemoveSkill", Id.Programme, Admin, "skillId=1"),
        Get("SoftSkills.Points", Id.Cohort, Teaching),
        Post("SoftSkills.SavePoint", Id.Cohort, Staff, "Form.Name=Matrix", "Form.Date=2026-08-03"),
        Post("SoftSkills.RemovePoint", Id.Cohort, Staff, "pointId=1"),
        Get("SoftSkills.Rate", Id.Cohort, Teaching),
        Post("SoftSkills.Rate", Id.Cohort, Teaching, "Form.PointId=1", "Form.Cells[0].LearnerId={Learner}", "Form.Cells[0].SkillId=1", "Form.Cells[0].Score=3"),
        Get("SoftSkills.Peer", Id.Cohort, Teaching),
        Post("SoftSkills.OpenRound", Id.Cohort, Teaching, "Form.GroupId=1", "Form.PointId=1"),
        Get("SoftSkills.PeerForm", Id.Cohort, Teaching),
        Post("SoftSkills.PeerForm", Id.Cohort, Teaching, "Form.RoundId=1", "Form.RaterId={Learner}"),
        Post("SoftSkills.CloseRound", Id.Cohort, Teaching, "roundId=1"),

        // Everyone sees only their own subscriptions, admins included: the admin's "inside" sample is the Berlin staff's.
        Get("Subscriptions.Index", Id.None, Access.Open(S, P)),
        Get("Subscriptions.Create", Id.None, Access.Open(S, P)),
        Post("Subscriptions.Create", Id.None, Access.Open(S, P)),
        OwnOnly(Get("Subscriptions.Edit", Id.Subscription, Access.Scope(S, P))),
        Post("Subscriptions.Edit", Id.Subscription, Access.Scope(S, P)),
        Post("Subscriptions.Delete", Id.Subscription, Access.Scope(S, P)),
        OwnOnly(Get("Subscriptions.Runs", Id.Subscription, Access.Scope(S, P))),

        Get("Users.Index", Id.None, Admin),
        Get("Users.Create", Id.None, Admin),
        Post("Users.Create", Id.None, Admin),
        Get("Users.Edit", Id.User, Admin),
        Post("Users.Edit", Id.User, Admin),
        Post("Users.Lock", Id.User, Admin),
        Post("Users.Unlock", Id.User, Admin),
    ];

    private static MatrixEntry OwnOnly(MatrixEntry entry) => entry.But(Who.Admin, Place.Inside, Answer.NotFound).But(Who.Admin, Place.Outside, Answer.NotFound);

    public static IEnumerable<TestCaseData> Cases() => Entries.Select(e => new TestCaseData(e).SetArgDisplayNames(e.Action));
}
