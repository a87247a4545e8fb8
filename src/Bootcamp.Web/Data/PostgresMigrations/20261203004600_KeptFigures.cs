using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Web.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class KeptFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FiguresStamp",
                table: "Cohorts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "KeptFigures",
                columns: table => new
                {
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    Stamp = table.Column<long>(type: "bigint", nullable: false),
                    ComputedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    HoldsUntilUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Figures_Active = table.Column<int>(type: "integer", nullable: false),
                    Figures_AtRisk = table.Column<int>(type: "integer", nullable: false),
                    Figures_Attended = table.Column<int>(type: "integer", nullable: false),
                    Figures_CountedSessions = table.Column<int>(type: "integer", nullable: false),
                    Figures_Deferred = table.Column<int>(type: "integer", nullable: false),
                    Figures_Ended = table.Column<bool>(type: "boolean", nullable: false),
                    Figures_Enrolled = table.Column<int>(type: "integer", nullable: false),
                    Figures_Graduated = table.Column<int>(type: "integer", nullable: false),
                    Figures_LoggedMinutes = table.Column<int>(type: "integer", nullable: false),
                    Figures_NotGraduated = table.Column<int>(type: "integer", nullable: false),
                    Figures_OnTrack = table.Column<int>(type: "integer", nullable: false),
                    Figures_PlannedMinutes = table.Column<int>(type: "integer", nullable: false),
                    Figures_Withdrawn = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeptFigures", x => x.CohortId);
                    table.ForeignKey(
                        name: "FK_KeptFigures_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KeptFigures");

            migrationBuilder.DropColumn(
                name: "FiguresStamp",
                table: "Cohorts");
        }
    }
}
