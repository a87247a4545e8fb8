using System.Linq.Expressions;
using System.Security.Claims;
using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Credentials;
using Bootcamp.Domain.Graduation;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Progress;
using Bootcamp.Domain.Projects;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Domain.SoftSkills;
using Bootcamp.Domain.Subscriptions;
using Bootcamp.Web.Data;
using Bootcamp.Web.Features.Exports;
using Bootcamp.Web.Features.Progress;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Web.Infrastructure.Auth;

/// <summary>
/// Who the current user is and which data they may see. The one place where scope is decided: every page and
/// export starts its queries from the query roots here (<see cref="Cohorts"/>, <see cref="Sessions"/>,
/// <see cref="Learners"/>, ...), which come already filtered to the user's scope.
/// Loaded once per request by <see cref="UserScopeMiddleware"/>.
/// </summary>
public sealed class UserScope(BootcampDb db, IOptions<IdentityOptions> identity)
{
    /// <summary>The roles of scopes opened by a calendar feed's token rather than by a user.</summary>
    private const string CohortFeed = "CohortFeed";
    private const string InstructorFeed = "InstructorFeed";

    /// <summary>The role of the scope the figures job reads with (<see cref="ForNetworkFigures"/>).</summary>
    private const string NetworkFigures = "NetworkFigures";

    private int? _feedCohortId;

    public string? UserId { get; private set; }
    public string DisplayName { get; private set; } = "";

    /// <summary>The sign-in name, which audit entries record as who changed a row.</summary>
    public string UserName { get; private set; } = "";
    public string? Role { get; private set; }
    public IReadOnlyList<int> StaffCentreIds { get; private set; } = [];
    public int? PartnerId { get; private set; }
    public int? InstructorId { get; private set; }

    /// <summary>The user signed in with a one-time password and may do nothing but change it.</summary>
    public bool MustChangePassword { get; private set; }

    public bool IsSignedIn => UserId is not null;
    public bool IsAdmin => Role == Roles.Admin;
    public bool IsStaff => Role == Roles.Staff;
    public bool IsInstructor => Role == Roles.Instructor;
    public bool IsPartner => Role == Roles.Partner;

    /// <summary>
    /// Loads the user's scope from the database. Returns false when the sign-in no longer holds: the account is gone,
    /// or its security stamp changed (an admin changed its role or locked it) since the cookie was issued.
    /// </summary>
    public async Task<bool> LoadAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
            return false;
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.UserName, u.DisplayName, u.PartnerId, u.InstructorId, u.SecurityStamp, u.MustChangePassword, Centres = u.Centres.Select(c => c.CentreId).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null || principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType) != user.SecurityStamp)
            return false;
        UserId = id;
        UserName = user.UserName ?? "";
        DisplayName = user.DisplayName;
        Role = Roles.All.FirstOrDefault(principal.IsInRole);
        StaffCentreIds = user.Centres;
        PartnerId = user.PartnerId;
        InstructorId = user.InstructorId;
        MustChangePassword = user.MustChangePassword;
        return true;
    }

    /// <summary>
    /// The scope a cohort's calendar feed token opens, for a calendar app that cannot sign in: that cohort's lectures
    /// with their rooms and instructors, nothing else. Null when no cohort has the token.
    /// </summary>
    public async Task<UserScope?> ForCohortFeedAsync(string token, CancellationToken cancellationToken)
    {
        var cohortId = await db.Cohorts.Where(c => c.CalendarToken == token).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
        return cohortId is null ? null : new UserScope(db, identity) { Role = CohortFeed, _feedCohortId = cohortId };
    }

    /// <summary>
    /// The scope an instructor's calendar feed token opens: the cohorts where the instructor teaches a lecture,
    /// wherever they are, and the instructor themself. Null when no instructor has the token.
    /// </summary>
    public async Task<UserScope?> ForInstructorFeedAsync(string token, CancellationToken cancellationToken)
    {
        var instructorId = await db.Instructors.Where(i => i.CalendarToken == token).Select(i => (int?)i.Id).SingleOrDefaultAsync(cancellationToken);
        return instructorId is null ? null : new UserScope(db, identity) { Role = InstructorFeed, InstructorId = instructorId };
    }

    /// <summary>
    /// The scope of the background job that keeps every cohort's dashboard figures ready (<c>FiguresWarmJob</c>): every
    /// cohort, as an admin reads them. It belongs to no account and no request; the job shows nothing to anyone, it
    /// only writes the figures each reader's own scope then filters.
    /// </summary>
    public UserScope ForNetworkFigures() => new(db, identity) { Role = NetworkFigures };

    /// <summary>
    /// For an instructor, the scope of their own lectures wherever they teach, as their feed has it: a stand-in
    /// lecture in a cohort they are not on is theirs to see in their week. Anyone else keeps their own scope.
    /// </summary>
    public UserScope OwnLectures() =>
        IsInstructor ? new UserScope(db, identity) { Role = InstructorFeed, InstructorId = InstructorId } : this;

    /// <summary>
    /// Loads the scope of an account by its id, for work done on its behalf outside a request (a background export, a
    /// scheduled report): the role comes from the account's stored roles. Returns false when the account is gone or locked.
    /// </summary>
    public async Task<bool> LoadUserAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.UserName, u.DisplayName, u.PartnerId, u.InstructorId, u.LockoutEnd, Centres = u.Centres.Select(c => c.CentreId).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null || user.LockoutEnd > DateTimeOffset.UtcNow)
            return false;
        var roles = await db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync(cancellationToken);
        UserId = userId;
        UserName = user.UserName ?? "";
        DisplayName = user.DisplayName;
        Role = Roles.All.FirstOrDefault(roles.Contains);
        StaffCentreIds = user.Centres;
        PartnerId = user.PartnerId;
        InstructorId = user.InstructorId;
        return Role is not null;
    }

    public IQueryable<Cohort> Cohorts()
    {
        IQueryable<Cohort> cohorts = db.Cohorts;
        return Role switch
        {
            Roles.Admin or NetworkFigures => cohorts,
            Roles.Staff => cohorts.Where(c => StaffCentreIds.Contains(c.CentreId)),
            Roles.Instructor => cohorts.Where(c => c.Instructors.Any(i => i.InstructorId == InstructorId)),
            Roles.Partner => cohorts.Where(c =>
                c.Sponsors.Any(s => s.PartnerId == PartnerId)
                || db.Centres.Any(ct => ct.Id == c.CentreId && ct.OperatorPartnerId == PartnerId)),
            CohortFeed => cohorts.Where(c => c.Id == _feedCohortId),
            InstructorFeed => cohorts.Where(c => db.Sessions.Any(s => s.CohortId == c.Id && s.InstructorId == InstructorId)),
            _ => cohorts.Where(_ => false),
        };
    }

    /// <summary>
    /// Cohorts the user may change (edit, enrol into, schedule): those of the centres they manage, see
    /// <see cref="CanManageCentre"/>. Admins all; staff those of their centres; nobody else.
    /// </summary>
    public IQueryable<Cohort> ManagedCohorts()
    {
        IQueryable<Cohort> cohorts = db.Cohorts;
        return Role switch
        {
            Roles.Admin => cohorts,
            Roles.Staff => cohorts.Where(c => StaffCentreIds.Contains(c.CentreId)),
            _ => cohorts.Where(_ => false),
        };
    }

    /// <summary>
    /// Whether another cohort already has this code. Codes are unique across the network, so this looks beyond the
    /// scope, and answers only yes or no.
    /// </summary>
    public Task<bool> CohortCodeTakenAsync(string code, int? exceptCohortId, CancellationToken cancellationToken) =>
        db.Cohorts.AnyAsync(c => c.Code == code && c.Id != exceptCohortId, cancellationToken);

    /// <summary>Centres the user may change (rooms, holidays, cohorts): admins all; staff their own; nobody else.</summary>
    public IQueryable<TrainingCentre> ManagedCentres() => IsAdmin || IsStaff ? Centres() : db.Centres.Where(_ => false);

    public IQueryable<TrainingCentre> Centres()
    {
        IQueryable<TrainingCentre> centres = db.Centres;
        return Role switch
        {
            Roles.Admin => centres,
            Roles.Staff => centres.Where(c => StaffCentreIds.Contains(c.Id)),
            _ => centres.Where(c => Cohorts().Any(k => k.CentreId == c.Id)),
        };
    }

    /// <summary>
    /// Instructors whose schedule the user may see: admins all; staff those based at or teaching in their centres
    /// (on a cohort or a single lecture); an instructor only themselves; a cohort's feed those teaching its lectures.
    /// </summary>
    public IQueryable<Instructor> Instructors()
    {
        IQueryable<Instructor> instructors = db.Instructors;
        return Role switch
        {
            Roles.Admin => instructors,
            Roles.Staff => instructors.Where(i =>
                (i.HomeCentreId != null && StaffCentreIds.Contains(i.HomeCentreId.Value))
                || db.CohortInstructors.Any(ci => ci.InstructorId == i.Id
                    && db.Cohorts.Any(c => c.Id == ci.CohortId && StaffCentreIds.Contains(c.CentreId)))
                || db.Sessions.Any(s => s.InstructorId == i.Id
                    && db.Cohorts.Any(c => c.Id == s.CohortId && StaffCentreIds.Contains(c.CentreId)))),
            Roles.Instructor or InstructorFeed => instructors.Where(i => i.Id == InstructorId),
            CohortFeed => instructors.Where(i => Sessions().Any(s => s.InstructorId == i.Id)),
            _ => instructors.Where(_ => false),
        };
    }

    /// <summary>
    /// Instructors the user may put on a cohort or a session: admins any; staff those based at their centres;
    /// nobody else. Assigning is what brings an instructor's week and feed into a centre's scope, so it is narrower
    /// than <see cref="Instructors"/>.
    /// </summary>
    public IQueryable<Instructor> AssignableInstructors()
    {
        IQueryable<Instructor> instructors = db.Instructors;
        return Role switch
        {
            Roles.Admin => instructors,
            Roles.Staff => instructors.Where(i => i.HomeCentreId != null && StaffCentreIds.Contains(i.HomeCentreId.Value)),
            _ => instructors.Where(_ => false),
        };
    }

    /// <summary>Learners enrolled (now or before) in a cohort the user may see.</summary>
    public IQueryable<Learner> Learners()
    {
        if (IsAdmin)
            return db.Learners;
        var cohortIds = Cohorts().Select(c => c.Id);
        return db.Learners.Where(l => db.Enrolments.Any(e => e.LearnerId == l.Id && cohortIds.Contains(e.CohortId)));
    }

    public IQueryable<Enrolment> Enrolments() => InCohorts(db.Enrolments, e => e.CohortId);

    public IQueryable<LectureSession> Sessions() => InCohorts(db.Sessions, s => s.CohortId);

    /// <summary>
    /// Scheduled lectures of cohorts the user may not see, anywhere in the network, reduced to when, which room and
    /// which instructor: a room or a person busy at another centre is busy, for the conflict rules and an
    /// instructor's week. No code, topic or name comes with them.
    /// </summary>
    public IQueryable<LectureElsewhere> LecturesElsewhere()
    {
        var visible = Cohorts().Select(c => c.Id);
        return from s in db.Sessions
            where s.Status == SessionStatus.Scheduled && !visible.Contains(s.CohortId)
            join c in db.Cohorts on s.CohortId equals c.Id
            join ct in db.Centres on c.CentreId equals ct.Id
            select new LectureElsewhere
            {
                SessionId = s.Id,
                CohortId = c.Id,
                TimeZoneId = ct.TimeZoneId,
                StartUtc = s.StartUtc,
                EndUtc = s.EndUtc,
                RoomId = s.RoomId,
                InstructorId = s.InstructorId,
            };
    }

    public IQueryable<CohortBreak> CohortBreaks() => InCohorts(db.CohortBreaks, b => b.CohortId);

    public IQueryable<SessionChange> SessionChanges() => InCohorts(db.SessionChanges, c => c.CohortId);

    public IQueryable<ExerciseLog> ExerciseLogs() => InCohorts(db.ExerciseLogs, l => l.CohortId);

    public IQueryable<LearnerTally> LearnerTallies() => InCohorts(db.LearnerTallies, t => t.CohortId);

    public IQueryable<Attendance> Attendance()
    {
        if (IsAdmin)
            return db.Attendance;
        var sessionIds = Sessions().Select(s => s.Id);
        return db.Attendance.Where(a => sessionIds.Contains(a.SessionId));
    }

    /// <summary>
    /// The marks at the lectures of these cohorts, as far as the scope reaches: the lectures are narrowed to the cohorts
    /// before the marks are, so a database does not gather every lecture of a centre to find one cohort's marks.
    /// </summary>
    public IQueryable<Attendance> Attendance(IReadOnlyCollection<int> cohortIds)
    {
        var sessionIds = Sessions().Where(s => cohortIds.Contains(s.CohortId)).Select(s => s.Id);
        return db.Attendance.Where(a => sessionIds.Contains(a.SessionId));
    }

    public IQueryable<GroupProject> GroupProjects() => InCohorts(db.GroupProjects, p => p.CohortId);

    public IQueryable<ProjectGroup> ProjectGroups() => InCohorts(db.ProjectGroups, g => g.CohortId);

    public IQueryable<MilestoneSubmission> MilestoneSubmissions() => InCohorts(db.MilestoneSubmissions, s => s.CohortId);

    public IQueryable<GroupMove> GroupMoves() => InCohorts(db.GroupMoves, m => m.CohortId);

    public IQueryable<SoftSkillAssessment> SoftSkillAssessments() => InCohorts(db.SoftSkillAssessments, a => a.CohortId);

    public IQueryable<AssessmentPoint> AssessmentPoints() => InCohorts(db.AssessmentPoints, p => p.CohortId);

    public IQueryable<PeerRound> PeerRounds() => InCohorts(db.PeerRounds, r => r.CohortId);

    public IQueryable<PeerSubmission> PeerSubmissions() => InCohorts(db.PeerSubmissions, s => s.CohortId);

    public IQueryable<BadgeAward> BadgeAwards() => InCohorts(db.BadgeAwards, b => b.CohortId);

    public IQueryable<GraduationDecision> GraduationDecisions() => InCohorts(db.GraduationDecisions, d => d.CohortId);

    public IQueryable<IssuedCredential> Credentials() => InCohorts(db.IssuedCredentials, c => c.CohortId);

    /// <summary>
    /// One credential by its public id, for anyone, signed in or not: the verification page a credential's holder
    /// hands to an employer. The unguessable id is the only key; nothing else of the table can be listed this way.
    /// </summary>
    public IQueryable<IssuedCredential> PublicCredential(string publicId) => db.IssuedCredentials.Where(c => c.PublicId == publicId);

    /// <summary>
    /// Audit history (DESIGN.md, who sees personal data): admins and centre staff all of their cohorts'; an
    /// instructor only their own entries; partners none.
    /// </summary>
    public IQueryable<AuditEntry> AuditEntries() => Role switch
    {
        Roles.Admin => db.AuditEntries,
        Roles.Staff => InCohorts(db.AuditEntries, a => a.CohortId),
        Roles.Instructor => InCohorts(db.AuditEntries, a => a.CohortId).Where(a => a.ChangedBy == UserName),
        _ => db.AuditEntries.Where(_ => false),
    };

    /// <summary>
    /// Files made in the background for the signed-in user: their own and nobody else's, whatever the role (an admin
    /// does not download a partner's files either). A calendar feed's scope has none.
    /// </summary>
    public IQueryable<ExportFile> ExportFiles() =>
        UserId is { } owner ? db.ExportFiles.Where(f => f.OwnerUserId == owner) : db.ExportFiles.Where(_ => false);

    public IQueryable<Room> Rooms()
    {
        if (IsAdmin)
            return db.Rooms;
        var centreIds = Centres().Select(c => c.Id);
        return db.Rooms.Where(r => centreIds.Contains(r.CentreId));
    }

    public IQueryable<Holiday> Holidays()
    {
        if (IsAdmin)
            return db.Holidays;
        var centreIds = Centres().Select(c => c.Id);
        return db.Holidays.Where(h => centreIds.Contains(h.CentreId));
    }

    private IQueryable<T> InCohorts<T>(IQueryable<T> rows, Expression<Func<T, int>> cohortId)
    {
        if (IsAdmin)
            return rows;
        var cohortIds = Cohorts().Select(c => c.Id);
        var row = cohortId.Parameters[0];
        var contains = Expression.Call(
            typeof(Queryable), nameof(Queryable.Contains), [typeof(int)], cohortIds.Expression, cohortId.Body);
        return rows.Where(Expression.Lambda<Func<T, bool>>(contains, row));
    }

    /// <summary>
    /// Scheduled report subscriptions: each user their own, admins included, since a subscription delivers to its owner
    /// and runs with the owner's scope.
    /// </summary>
    public IQueryable<ReportSubscription> Subscriptions() => db.ReportSubscriptions.Where(s => UserId != null && s.UserId == UserId);

    public IQueryable<SubscriptionRun> SubscriptionRuns()
    {
        var ids = Subscriptions().Select(s => s.Id);
        return db.SubscriptionRuns.Where(r => ids.Contains(r.SubscriptionId));
    }

    /// <summary>Staff may change what belongs to their centres; admins anything.</summary>
    public bool CanManageCentre(int centreId) => IsAdmin || (IsStaff && StaffCentreIds.Contains(centreId));
}

/// <summary>A lecture the user may not see: only its time, its centre's zone, its room and its instructor.</summary>
public sealed class LectureElsewhere
{
    public int SessionId { get; init; }
    public int CohortId { get; init; }
    public string TimeZoneId { get; init; } = "";
    public DateTime StartUtc { get; init; }
    public DateTime EndUtc { get; init; }
    public int? RoomId { get; init; }
    public int? InstructorId { get; init; }
}

public sealed class UserScopeMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/Account/ChangePassword";

    public async Task InvokeAsync(HttpContext context, UserScope scope)
    {
        if (context.User.Identity?.IsAuthenticated == true && !await scope.LoadAsync(context.User, context.RequestAborted))
        {
            // Checked on every request rather than every few minutes, so a role change, a lock or a sign-out (which
            // renews the stamp) ends every copy of the old cookie at once.
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }
        if (scope.MustChangePassword && !OpenWhilePasswordMustChange(context))
        {
            context.Response.Redirect(ChangePasswordPath);
            return;
        }
        await next(context);
    }

    /// <summary>
    /// A one-time password opens the account pages (change password, sign out), the pages anyone may see and the
    /// static files; every other page and the job dashboard wait until the password is the user's own.
    /// </summary>
    private static bool OpenWhilePasswordMustChange(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action)
            return action.ControllerName == "Account" || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        return !context.Request.Path.StartsWithSegments("/jobs");
    }
}
