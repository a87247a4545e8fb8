using System.Linq.Expressions;
using System.Security.Claims;
using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Graduation;
using Bootcamp.Domain.Learners;
using Bootcamp.Domain.Logging;
using Bootcamp.Domain.Progress;
using Bootcamp.Domain.Projects;
using Bootcamp.Domain.Scheduling;
using Bootcamp.Domain.SoftSkills;
using Bootcamp.Web.Data;
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

    public IQueryable<Cohort> Cohorts()
    {
        IQueryable<Cohort> cohorts = db.Cohorts;
        return Role switch
        {
            Roles.Admin => cohorts,
            Roles.Staff => cohorts.Where(c => StaffCentreIds.Contains(c.CentreId)),
            Roles.Instructor => cohorts.Where(c => c.Instructors.Any(i => i.InstructorId == InstructorId)),
            Roles.Partner => cohorts.Where(c =>
                c.Sponsors.Any(s => s.PartnerId == PartnerId)
                || db.Centres.Any(ct => ct.Id == c.CentreId && ct.OperatorPartnerId == PartnerId)),
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
    /// Instructors whose schedule the user may see: admins all; staff those based at or teaching in their centres;
    /// an instructor only themselves.
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
                    && db.Cohorts.Any(c => c.Id == ci.CohortId && StaffCentreIds.Contains(c.CentreId)))),
            Roles.Instructor => instructors.Where(i => i.Id == InstructorId),
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

    public IQueryable<CohortBreak> CohortBreaks() => InCohorts(db.CohortBreaks, b => b.CohortId);

    public IQueryable<ExerciseLog> ExerciseLogs() => InCohorts(db.ExerciseLogs, l => l.CohortId);

    public IQueryable<Attendance> Attendance()
    {
        if (IsAdmin)
            return db.Attendance;
        var sessionIds = Sessions().Select(s => s.Id);
        return db.Attendance.Where(a => sessionIds.Contains(a.SessionId));
    }

    public IQueryable<GroupProject> GroupProjects() => InCohorts(db.GroupProjects, p => p.CohortId);

    public IQueryable<ProjectGroup> ProjectGroups() => InCohorts(db.ProjectGroups, g => g.CohortId);

    public IQueryable<MilestoneSubmission> MilestoneSubmissions() => InCohorts(db.MilestoneSubmissions, s => s.CohortId);

    public IQueryable<GroupMove> GroupMoves() => InCohorts(db.GroupMoves, m => m.CohortId);

    public IQueryable<SoftSkillAssessment> SoftSkillAssessments() => InCohorts(db.SoftSkillAssessments, a => a.CohortId);

    public IQueryable<BadgeAward> BadgeAwards() => InCohorts(db.BadgeAwards, b => b.CohortId);

    public IQueryable<GraduationDecision> GraduationDecisions() => InCohorts(db.GraduationDecisions, d => d.CohortId);

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

    /// <summary>Staff may change what belongs to their centres; admins anything.</summary>
    public bool CanManageCentre(int centreId) => IsAdmin || (IsStaff && StaffCentreIds.Contains(centreId));
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
