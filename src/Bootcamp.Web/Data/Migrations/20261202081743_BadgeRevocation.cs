using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class BadgeRevocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BadgeAwards_CohortId_LearnerId_ModuleId",
                table: "BadgeAwards");

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "BadgeAwards",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevocationReason",
                table: "BadgeAwards",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RevokedAtUtc",
                table: "BadgeAwards",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevokedBy",
                table: "BadgeAwards",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RevokedOn",
                table: "BadgeAwards",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_BadgeAwards_CohortId_LearnerId_ModuleId",
                table: "BadgeAwards",
                columns: new[] { "CohortId", "LearnerId", "ModuleId" },
                unique: true,
                filter: "\"RevokedAtUtc\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_BadgeAwards_CohortId_LearnerId_ModuleId",
                table: "BadgeAwards");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "BadgeAwards");

            migrationBuilder.DropColumn(
                name: "RevocationReason",
                table: "BadgeAwards");

            migrationBuilder.DropColumn(
                name: "RevokedAtUtc",
                table: "BadgeAwards");

            migrationBuilder.DropColumn(
                name: "RevokedBy",
                table: "BadgeAwards");

            migrationBuilder.DropColumn(
                name: "RevokedOn",
                table: "BadgeAwards");

            migrationBuilder.CreateIndex(
                name: "IX_BadgeAwards_CohortId_LearnerId_ModuleId",
                table: "BadgeAwards",
                columns: new[] { "CohortId", "LearnerId", "ModuleId" },
                unique: true);
        }
    }
}
