using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Authorization;

namespace Bootcamp.Web.Infrastructure;

/// <summary>Every page needs a signed-in user unless its controller or action says [AllowAnonymous].</summary>
public sealed class AuthorizeFilterAttribute() : AuthorizeFilter(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
