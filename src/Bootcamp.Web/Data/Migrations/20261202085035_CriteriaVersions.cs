using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CriteriaVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CriteriaVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    InForceFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Criteria_MinAttendancePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    Criteria_MinExerciseMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Criteria_MinGroupSharePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    Criteria_MinSoftSkillAverage = table.Column<decimal>(type: "TEXT", precision: 3, scale: 1, nullable: false),
                    Criteria_RequireAllBadges = table.Column<bool>(type: "INTEGER", nullable: false),
                    Criteria_RequireAllProjectsPassed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Criteria_SoftSkillSource = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriteriaVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriteriaVersions_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CriteriaVersions_ProgrammeId_Number",
                table: "CriteriaVersions",
                columns: new[] { "ProgrammeId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CriteriaVersions");
        }
    }
}
