using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Web.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class ExerciseLogsCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExerciseLogs_CohortId_LearnerId_Date",
                table: "ExerciseLogs");

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseLogs_CohortId_LearnerId_Date",
                table: "ExerciseLogs",
                columns: new[] { "CohortId", "LearnerId", "Date" })
                .Annotation("Npgsql:IndexInclude", new[] { "Kind", "ModuleId", "Minutes" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExerciseLogs_CohortId_LearnerId_Date",
                table: "ExerciseLogs");

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseLogs_CohortId_LearnerId_Date",
                table: "ExerciseLogs",
                columns: new[] { "CohortId", "LearnerId", "Date" });
        }
    }
}
