namespace Bootcamp.Domain.SoftSkills;

/// <summary>
/// The rubric a programme starts from: the soft skills DESIGN.md says employers ask for (teamwork, communication,
/// problem solving) plus the two the bootcamps' instructors add, each level described so that a 3 means the same in
/// every cohort. Admins change it per programme; the demo data and the upgrade of older databases use it as it is.
/// </summary>
public static class DefaultRubric
{
    public sealed record Skill(string Name, IReadOnlyList<string> Descriptors);

    public static IReadOnlyList<Skill> Skills { get; } =
    [
        new("Teamwork",
        [
            "Works alone even in group tasks; rarely shares what they know.",
            "Joins group work when asked; contributes unevenly.",
            "Takes a share of the group's work and keeps the group informed.",
            "Takes a clear role, helps others and resolves small conflicts.",
            "Holds the group together; others seek them out to work with.",
        ]),
        new("Communication",
        [
            "Struggles to explain their work or ask for help.",
            "Explains their work when prompted; misses the listener's needs.",
            "Explains their work and blockers clearly to peers.",
            "Adapts the message to the listener, technical or not.",
            "Presents confidently and explains code to any audience.",
        ]),
        new("Problem solving",
        [
            "Stays stuck without trying a way forward.",
            "Tries fixes by trial and error; asks for help late.",
            "Breaks a problem into steps and asks for help in time.",
            "Debugs methodically and checks their own solutions.",
            "Finds root causes independently and helps others reason.",
        ]),
        new("Time management",
        [
            "Misses most deadlines without warning.",
            "Meets some deadlines; plans only when reminded.",
            "Plans the week and meets most deadlines.",
            "Meets deadlines reliably and flags risks early.",
            "Always ahead of plan and helps others plan.",
        ]),
        new("Adaptability",
        [
            "Resists changes of tools or plans.",
            "Accepts change slowly and needs support.",
            "Adjusts to new tools and feedback with some help.",
            "Picks up new tools and acts on feedback quickly.",
            "Seeks out change and helps others through it.",
        ]),
    ];

    /// <summary>The rubric as new rows of one programme.</summary>
    public static IEnumerable<SoftSkill> For(int programmeId) =>
        Skills.Select((s, i) => new SoftSkill(programmeId, i + 1, s.Name, s.Descriptors));
}
