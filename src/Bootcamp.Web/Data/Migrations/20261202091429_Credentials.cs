using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bootcamp.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Credentials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MicroCredential_AssessmentType",
                table: "Programmes",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "MicroCredential_AwardingBody",
                table: "Programmes",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "MicroCredential_EqfLevel",
                table: "Programmes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MicroCredential_LearningOutcomes",
                table: "Programmes",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "MicroCredential_ParticipationForm",
                table: "Programmes",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "MicroCredential_QualityAssurance",
                table: "Programmes",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "IssuedCredentials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    LearnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    BadgeAwardId = table.Column<int>(type: "INTEGER", nullable: true),
                    GraduationDecisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Jwt = table.Column<string>(type: "TEXT", maxLength: 64000, nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedCredentials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssuedCredentials_BadgeAwards_BadgeAwardId",
                        column: x => x.BadgeAwardId,
                        principalTable: "BadgeAwards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IssuedCredentials_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IssuedCredentials_GraduationDecisions_GraduationDecisionId",
                        column: x => x.GraduationDecisionId,
                        principalTable: "GraduationDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IssuedCredentials_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IssuerKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PublicX = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    PublicY = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ProtectedPrivateKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RetiredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuerKeys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_BadgeAwardId",
                table: "IssuedCredentials",
                column: "BadgeAwardId");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_CohortId_LearnerId",
                table: "IssuedCredentials",
                columns: new[] { "CohortId", "LearnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_GraduationDecisionId",
                table: "IssuedCredentials",
                column: "GraduationDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_LearnerId",
                table: "IssuedCredentials",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCredentials_PublicId",
                table: "IssuedCredentials",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuerKeys_KeyId",
                table: "IssuerKeys",
                column: "KeyId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IssuedCredentials");

            migrationBuilder.DropTable(
                name: "IssuerKeys");

            migrationBuilder.DropColumn(
                name: "MicroCredential_AssessmentType",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "MicroCredential_AwardingBody",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "MicroCredential_EqfLevel",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "MicroCredential_LearningOutcomes",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "MicroCredential_ParticipationForm",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "MicroCredential_QualityAssurance",
                table: "Programmes");
        }
    }
}
