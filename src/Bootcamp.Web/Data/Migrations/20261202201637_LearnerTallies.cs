using System;
using Bootcamp.Web.Features.Progress;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class LearnerTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LearnerTallies",
                columns: table => new
                {
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    LearnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Present = table.Column<int>(type: "INTEGER", nullable: false),
                    Late = table.Column<int>(type: "INTEGER", nullable: false),
                    Absent = table.Column<int>(type: "INTEGER", nullable: false),
                    Excused = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstMarkedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastMarkedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LoggedMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    GroupMinutes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearnerTallies", x => new { x.CohortId, x.LearnerId });
                    table.ForeignKey(
                        name: "FK_LearnerTallies_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LearnerTallies_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LearnerTallies_LearnerId",
                table: "LearnerTallies",
                column: "LearnerId");

            migrationBuilder.Sql(TallyWriter.BackfillSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LearnerTallies");
        }
    }
}
