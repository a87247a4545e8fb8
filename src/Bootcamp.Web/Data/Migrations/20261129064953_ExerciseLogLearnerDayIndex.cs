using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ExerciseLogLearnerDayIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExerciseLogs_LearnerId",
                table: "ExerciseLogs");

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseLogs_LearnerId_Date",
                table: "ExerciseLogs",
                columns: new[] { "LearnerId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExerciseLogs_LearnerId_Date",
                table: "ExerciseLogs");

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseLogs_LearnerId",
                table: "ExerciseLogs",
                column: "LearnerId");
        }
    }
}
