using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Web.Data.Migrations
{
    /// <summary>
    /// Nothing to change on SQLite: the PostgreSQL set's migration of this name makes the index of exercise logs by cohort,
    /// learner and date carry the summed columns (INCLUDE, which SQLite has not). Kept so both sets hold the same names.
    /// </summary>
    public partial class ExerciseLogsCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
