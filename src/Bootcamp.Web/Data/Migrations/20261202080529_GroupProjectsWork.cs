using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class GroupProjectsWork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The old column held each member's share of the work, which is not an adjustment of the team grade and
            // cannot be turned into one; members start from the team grade (adjustment 0) until an instructor grades again.
            migrationBuilder.DropColumn(
                name: "ContributionPercent",
                table: "ProjectGroupMembers");

            migrationBuilder.AddColumn<int>(
                name: "ContributionAdjustment",
                table: "ProjectGroupMembers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "GroupMoves",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    GroupProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    LearnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromGroupId = table.Column<int>(type: "INTEGER", nullable: true),
                    ToGroupId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    MovedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    MovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupMoves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupMoves_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GroupMoves_GroupProjects_GroupProjectId",
                        column: x => x.GroupProjectId,
                        principalTable: "GroupProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GroupMoves_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GroupMoves_ProjectGroups_FromGroupId",
                        column: x => x.FromGroupId,
                        principalTable: "ProjectGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_GroupMoves_ProjectGroups_ToGroupId",
                        column: x => x.ToGroupId,
                        principalTable: "ProjectGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "MilestoneSubmissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    MilestoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MilestoneSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MilestoneSubmissions_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MilestoneSubmissions_ProjectGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "ProjectGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MilestoneSubmissions_ProjectMilestones_MilestoneId",
                        column: x => x.MilestoneId,
                        principalTable: "ProjectMilestones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ModuleId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Brief = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PassMarkPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    Milestones = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectTemplates_Modules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "Modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ProjectTemplates_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GroupMoves_CohortId",
                table: "GroupMoves",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupMoves_FromGroupId",
                table: "GroupMoves",
                column: "FromGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupMoves_GroupProjectId_MovedAtUtc",
                table: "GroupMoves",
                columns: new[] { "GroupProjectId", "MovedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupMoves_LearnerId",
                table: "GroupMoves",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupMoves_ToGroupId",
                table: "GroupMoves",
                column: "ToGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_MilestoneSubmissions_CohortId",
                table: "MilestoneSubmissions",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_MilestoneSubmissions_GroupId_MilestoneId",
                table: "MilestoneSubmissions",
                columns: new[] { "GroupId", "MilestoneId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MilestoneSubmissions_MilestoneId",
                table: "MilestoneSubmissions",
                column: "MilestoneId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectTemplates_ModuleId",
                table: "ProjectTemplates",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectTemplates_ProgrammeId",
                table: "ProjectTemplates",
                column: "ProgrammeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GroupMoves");

            migrationBuilder.DropTable(
                name: "MilestoneSubmissions");

            migrationBuilder.DropTable(
                name: "ProjectTemplates");

            migrationBuilder.DropColumn(
                name: "ContributionAdjustment",
                table: "ProjectGroupMembers");

            migrationBuilder.AddColumn<int>(
                name: "ContributionPercent",
                table: "ProjectGroupMembers",
                type: "INTEGER",
                nullable: true);
        }
    }
}
