using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Bootcamp.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.IntegrationTests.Support;

/// <summary>One place in compiled code that reads a scoped table through the DbContext.</summary>
public sealed record ScopedRead(string Type, string Method, string Table)
{
    public override string ToString() => $"{Type}.{Method} reads {Table}";
}

/// <summary>
/// Finds, in compiled IL, the reads of scoped tables that go around <c>UserScope</c>: calls to the scoped
/// <see cref="BootcampDb"/> properties, to <c>Set&lt;T&gt;()</c>, <c>Find</c> or <c>FindAsync</c> of their entity
/// types, and the same getters loaded with <c>ldtoken</c>, which is how the compiler puts <c>db.Cohorts</c> inside
/// an expression tree. Async state machines, lambdas, local functions and nested types count as the type that
/// declares them, so a read cannot hide in the code the compiler generates.
/// </summary>
public static class ScopedTableReads
{
    public static readonly IReadOnlySet<string> Tables = new HashSet<string>(StringComparer.Ordinal)
    {
        "Cohorts", "Sessions", "SessionChanges", "Enrolments", "Learners", "ExerciseLogs", "Attendance", "CohortBreaks", "GroupProjects",
        "ProjectGroups", "ProjectGroupMembers", "ProjectMilestones", "MilestoneSubmissions", "GroupMoves", "SoftSkillAssessments", "AssessmentPoints", "PeerRounds", "PeerSubmissions", "BadgeAwards",
        "AuditEntries", "GraduationDecisions", "IssuedCredentials", "Rooms", "Holidays", "Instructors", "CohortInstructors", "CohortSponsors", "Centres", "ExportFiles",
    };

    private static readonly IReadOnlyDictionary<Type, string> EntityTables = typeof(BootcampDb)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => Tables.Contains(p.Name))
        .ToDictionary(p => p.PropertyType.GetGenericArguments()[0], p => p.Name);

    private static readonly string[] GenericReads = [nameof(DbContext.Set), nameof(DbContext.Find), nameof(DbContext.FindAsync)];

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Every scoped read in <paramref name="type"/> and the types nested in it, named after <paramref name="type"/>.</summary>
    public static IEnumerable<ScopedRead> In(Type type)
    {
        foreach (var nested in type.GetNestedTypes(Declared))
        {
            foreach (var read in In(nested))
                yield return read with { Type = Name(type) };
        }
        var methods = type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared));
        foreach (var method in methods)
        {
            foreach (var table in TablesReadBy(method))
                yield return new ScopedRead(Name(type), MethodName(method), table);
        }
    }

    private static string Name(Type type) => type.FullName ?? type.Name;

    /// <summary>The method as written in source: an async or iterator state machine is named after its method.</summary>
    private static string MethodName(MethodBase method)
    {
        var owner = method.DeclaringType!;
        return owner.IsDefined(typeof(CompilerGeneratedAttribute)) ? $"{owner.Name}.{method.Name}" : method.Name;
    }

    private static IEnumerable<string> TablesReadBy(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
            return [];
        var typeArguments = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var found = new List<string>();
        for (var at = 0; at < il.Length;)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            var opCode = OpCodesByValue[value];
            at += opCode.Size;
            if (opCode.OperandType is OperandType.InlineMethod or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, at);
                if (method.Module.ResolveMember(token, typeArguments, methodArguments) is MethodInfo called && TableOf(called) is { } table)
                    found.Add(table);
            }
            at += OperandSize(opCode, il, at);
        }
        return found;
    }

    private static string? TableOf(MethodInfo called)
    {
        if (called.DeclaringType is not { } declaring || !typeof(DbContext).IsAssignableFrom(declaring))
            return null;
        if (called.Name.StartsWith("get_", StringComparison.Ordinal) && Tables.Contains(called.Name[4..]))
            return called.Name[4..];
        if (called.IsGenericMethod && GenericReads.Contains(called.Name)
            && EntityTables.TryGetValue(called.GetGenericArguments()[0], out var table))
            return table;
        return null;
    }

    private static int OperandSize(OpCode opCode, byte[] il, int at) => opCode.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}
