using System.Security.Claims;
using Bootcamp.Domain.Centres;
using Bootcamp.Domain.Cohorts;
using Bootcamp.Domain.Learners;
using Bootcamp.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Web.Infrastructure.Auth;

/// <summary>
/// Who the current user is and which data they may see. The one place where scope is decided: every page and
/// export starts its queries from <see cref="Cohorts"/>, <see cref="Centres"/> or <see cref="Learners"/>.
/// Loaded once per request by <see cref="UserScopeMiddleware"/>.
/// </summary>
public sealed class UserScope(BootcampDb db)
{
    public string? UserId { get; private set; }
    public string DisplayName { get; private set; } = "";
    public string? Role { get; private set; }
    public IReadOnlyList<int> StaffCentreIds { get; private set; } = [];
    public int? PartnerId { get; private set; }
    public int? InstructorId { get; private set; }

    public bool IsSignedIn => UserId is not null;
    public bool IsAdmin => Role == Roles.Admin;
    public bool IsStaff => Role == Roles.Staff;
    public bool IsInstructor => Role == Roles.Instructor;
    public bool IsPartner => Role == Roles.Partner;

    public async Task LoadAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
            return;
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.DisplayName, u.PartnerId, u.InstructorId, Centres = u.Centres.Select(c => c.CentreId).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
            return;
        UserId = id;
        DisplayName = user.DisplayName;
        Role = Roles.All.FirstOrDefault(principal.IsInRole);
        StaffCentreIds = user.Centres;
        PartnerId = user.PartnerId;
        InstructorId = user.InstructorId;
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

    /// <summary>Learners enrolled (now or before) in a cohort the user may see.</summary>
    public IQueryable<Learner> Learners()
    {
        if (IsAdmin)
            return db.Learners;
        var cohortIds = Cohorts().Select(c => c.Id);
        return db.Learners.Where(l => db.Enrolments.Any(e => e.LearnerId == l.Id && cohortIds.Contains(e.CohortId)));
    }

    /// <summary>Staff may change what belongs to their centres; admins anything.</summary>
    public bool CanManageCentre(int centreId) => IsAdmin || (IsStaff && StaffCentreIds.Contains(centreId));
}

public sealed class UserScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, UserScope scope)
    {
        if (context.User.Identity?.IsAuthenticated == true)
            await scope.LoadAsync(context.User, context.RequestAborted);
        await next(context);
    }
}
