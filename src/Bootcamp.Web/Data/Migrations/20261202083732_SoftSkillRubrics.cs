using System;
using System.Linq;
using System.Text.Json;
using Bootcamp.Domain.SoftSkills;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SoftSkillRubrics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Criteria_SoftSkillSource",
                table: "Programmes",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "InstructorFinal");

            migrationBuilder.CreateTable(
                name: "SoftSkills",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Descriptors = table.Column<string>(type: "TEXT", maxLength: 1540, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SoftSkills", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SoftSkills_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentPoints_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The rubric was a fixed list of five skills and the points a fixed Initial / Midpoint / Final: every programme
            // gets those five skills as its rubric and every cohort those three points, at the dates the demo data
            // used (two weeks in, half way, two days after the last lecture), so the ratings already stored keep their
            // meaning. Staff move the dates on the cohort's assessment points page.
            foreach (var (skill, position) in DefaultRubric.Skills.Select((s, i) => (s, i + 1)))
                migrationBuilder.Sql(
                    "INSERT INTO SoftSkills (ProgrammeId, Position, Name, Descriptors) SELECT Id, " + position + ", " + Text(skill.Name) + ", "
                    + Text(JsonSerializer.Serialize(skill.Descriptors)) + " FROM Programmes;");
            migrationBuilder.Sql("""
                INSERT INTO AssessmentPoints (CohortId, Name, Date)
                SELECT Id, 'Initial', date(StartDate, '+13 days') FROM Cohorts
                UNION ALL
                SELECT Id, 'Midpoint', date(StartDate, '+' || CAST((julianday(COALESCE(EndDate, StartDate)) - julianday(StartDate)) / 2 AS INTEGER) || ' days') FROM Cohorts
                UNION ALL
                SELECT Id, 'Final', date(COALESCE(EndDate, StartDate), '+2 days') FROM Cohorts;
                """);

            migrationBuilder.AddColumn<int>(
                name: "PointId",
                table: "SoftSkillAssessments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SkillId",
                table: "SoftSkillAssessments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql("""
                UPDATE SoftSkillAssessments SET
                    SkillId = COALESCE((SELECT s.Id FROM SoftSkills s JOIN Cohorts c ON c.ProgrammeId = s.ProgrammeId
                        WHERE c.Id = SoftSkillAssessments.CohortId AND s.Name = CASE SoftSkillAssessments.Skill
                            WHEN 'ProblemSolving' THEN 'Problem solving' WHEN 'TimeManagement' THEN 'Time management' ELSE SoftSkillAssessments.Skill END), 0),
                    PointId = COALESCE((SELECT p.Id FROM AssessmentPoints p
                        WHERE p.CohortId = SoftSkillAssessments.CohortId AND p.Name = SoftSkillAssessments.Point), 0);
                """);
            // No page ever wrote peer rows into this table (only the demo import wrote, and only instructors'); peer
            // ratings now live in their own rounds, and an instructor rating is one per learner, skill and point.
            migrationBuilder.Sql("""
                DELETE FROM SoftSkillAssessments WHERE AssessorKind <> 'Instructor' OR SkillId = 0 OR PointId = 0
                    OR Id NOT IN (SELECT MAX(Id) FROM SoftSkillAssessments GROUP BY CohortId, LearnerId, Skill, Point);
                """);

            migrationBuilder.DropIndex(
                name: "IX_SoftSkillAssessments_CohortId_LearnerId_Point",
                table: "SoftSkillAssessments");

            migrationBuilder.DropColumn(
                name: "AssessorKind",
                table: "SoftSkillAssessments");

            migrationBuilder.DropColumn(
                name: "Point",
                table: "SoftSkillAssessments");

            migrationBuilder.DropColumn(
                name: "Skill",
                table: "SoftSkillAssessments");

            migrationBuilder.CreateTable(
                name: "PeerRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    PointId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeerRounds_AssessmentPoints_PointId",
                        column: x => x.PointId,
                        principalTable: "AssessmentPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PeerRounds_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PeerRounds_ProjectGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "ProjectGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PeerSubmissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    RaterLearnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    EnteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeerSubmissions_Learners_RaterLearnerId",
                        column: x => x.RaterLearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PeerSubmissions_PeerRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "PeerRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PeerRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubmissionId = table.Column<int>(type: "INTEGER", nullable: false),
                    LearnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    SkillId = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeerRatings_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PeerRatings_PeerSubmissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "PeerSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PeerRatings_SoftSkills_SkillId",
                        column: x => x.SkillId,
                        principalTable: "SoftSkills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SoftSkillAssessments_CohortId_LearnerId_SkillId_PointId",
                table: "SoftSkillAssessments",
                columns: new[] { "CohortId", "LearnerId", "SkillId", "PointId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SoftSkillAssessments_PointId",
                table: "SoftSkillAssessments",
                column: "PointId");

            migrationBuilder.CreateIndex(
                name: "IX_SoftSkillAssessments_SkillId",
                table: "SoftSkillAssessments",
                column: "SkillId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentPoints_CohortId_Date",
                table: "AssessmentPoints",
                columns: new[] { "CohortId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_PeerRatings_LearnerId",
                table: "PeerRatings",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerRatings_SkillId",
                table: "PeerRatings",
                column: "SkillId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerRatings_SubmissionId_LearnerId_SkillId",
                table: "PeerRatings",
                columns: new[] { "SubmissionId", "LearnerId", "SkillId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PeerRounds_CohortId",
                table: "PeerRounds",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerRounds_GroupId_PointId",
                table: "PeerRounds",
                columns: new[] { "GroupId", "PointId" });

            migrationBuilder.CreateIndex(
                name: "IX_PeerRounds_PointId",
                table: "PeerRounds",
                column: "PointId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerSubmissions_RaterLearnerId",
                table: "PeerSubmissions",
                column: "RaterLearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_PeerSubmissions_RoundId_RaterLearnerId",
                table: "PeerSubmissions",
                columns: new[] { "RoundId", "RaterLearnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SoftSkills_ProgrammeId_Name",
                table: "SoftSkills",
                columns: new[] { "ProgrammeId", "Name" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_SoftSkillAssessments_AssessmentPoints_PointId",
                table: "SoftSkillAssessments",
                column: "PointId",
                principalTable: "AssessmentPoints",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_SoftSkillAssessments_SoftSkills_SkillId",
                table: "SoftSkillAssessments",
                column: "SkillId",
                principalTable: "SoftSkills",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        private static string Text(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_SoftSkillAssessments_AssessmentPoints_PointId",
                table: "SoftSkillAssessments");

            migrationBuilder.DropForeignKey(
                name: "FK_SoftSkillAssessments_SoftSkills_SkillId",
                table: "SoftSkillAssessments");

            migrationBuilder.DropTable(
                name: "PeerRatings");

            migrationBuilder.DropTable(
                name: "PeerSubmissions");

            migrationBuilder.DropTable(
                name: "SoftSkills");

            migrationBuilder.DropTable(
                name: "PeerRounds");

            migrationBuilder.DropTable(
                name: "AssessmentPoints");

            migrationBuilder.DropIndex(
                name: "IX_SoftSkillAssessments_CohortId_LearnerId_SkillId_PointId",
                table: "SoftSkillAssessments");

            migrationBuilder.DropIndex(
                name: "IX_SoftSkillAssessments_PointId",
                table: "SoftSkillAssessments");

            migrationBuilder.DropIndex(
                name: "IX_SoftSkillAssessments_SkillId",
                table: "SoftSkillAssessments");

            migrationBuilder.DropColumn(
                name: "PointId",
                table: "SoftSkillAssessments");

            migrationBuilder.DropColumn(
                name: "SkillId",
                table: "SoftSkillAssessments");

            migrationBuilder.DropColumn(
                name: "Criteria_SoftSkillSource",
                table: "Programmes");

            migrationBuilder.AddColumn<string>(
                name: "AssessorKind",
                table: "SoftSkillAssessments",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Point",
                table: "SoftSkillAssessments",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Skill",
                table: "SoftSkillAssessments",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_SoftSkillAssessments_CohortId_LearnerId_Point",
                table: "SoftSkillAssessments",
                columns: new[] { "CohortId", "LearnerId", "Point" });
        }
    }
}
