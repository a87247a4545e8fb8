using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bootcamp.Web.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    Name = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    SessionId = table.Column<int>(type: "integer", nullable: true),
                    Record = table.Column<string>(type: "text", maxLength: 32, nullable: false),
                    RecordId = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "text", maxLength: 32, nullable: false),
                    OldValue = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    NewValue = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    Reason = table.Column<string>(type: "text", maxLength: 500, nullable: true),
                    ChangedBy = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    Xml = table.Column<string>(type: "text", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IssuerKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KeyId = table.Column<string>(type: "text", maxLength: 64, nullable: false),
                    PublicX = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    PublicY = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    ProtectedPrivateKey = table.Column<string>(type: "text", maxLength: 4000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    RetiredAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuerKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Learners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FirstName = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    LastName = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    Email = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    Phone = table.Column<string>(type: "text", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Learners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Partners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    CountryCode = table.Column<string>(type: "text", maxLength: 2, nullable: false),
                    ContactEmail = table.Column<string>(type: "text", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partners", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Programmes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "text", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    Track = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    Description = table.Column<string>(type: "text", maxLength: 2000, nullable: false),
                    DurationWeeks = table.Column<int>(type: "integer", nullable: false),
                    Criteria_MinAttendancePercent = table.Column<int>(type: "integer", nullable: false),
                    Criteria_MinExerciseMinutes = table.Column<int>(type: "integer", nullable: false),
                    Criteria_MinGroupSharePercent = table.Column<int>(type: "integer", nullable: false),
                    Criteria_MinSoftSkillAverage = table.Column<decimal>(type: "numeric(3,1)", precision: 3, scale: 1, nullable: false),
                    Criteria_RequireAllBadges = table.Column<bool>(type: "boolean", nullable: false),
                    Criteria_RequireAllProjectsPassed = table.Column<bool>(type: "boolean", nullable: false),
                    Criteria_SoftSkillSource = table.Column<string>(type: "text", maxLength: 32, nullable: false),
                    MicroCredential_AssessmentType = table.Column<string>(type: "text", maxLength: 2000, nullable: false, defaultValue: ""),
                    MicroCredential_AwardingBody = table.Column<string>(type: "text", maxLength: 2000, nullable: false, defaultValue: ""),
                    MicroCredential_EqfLevel = table.Column<int>(type: "integer", nullable: true),
                    MicroCredential_LearningOutcomes = table.Column<string>(type: "text", maxLength: 2000, nullable: false, defaultValue: ""),
                    MicroCredential_ParticipationForm = table.Column<string>(type: "text", maxLength: 2000, nullable: false, defaultValue: ""),
                    MicroCredential_QualityAssurance = table.Column<string>(type: "text", maxLength: 2000, nullable: false, defaultValue: "")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programmes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SeedImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DataSet = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    ImportedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeedImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    ClaimType = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    ClaimValue = table.Column<string>(type: "text", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Centres",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    City = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    CountryCode = table.Column<string>(type: "text", maxLength: 2, nullable: false),
                    TimeZoneId = table.Column<string>(type: "text", maxLength: 64, nullable: false),
                    OperatorPartnerId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Centres", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Centres_Partners_OperatorPartnerId",
                        column: x => x.OperatorPartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CriteriaVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    InForceFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ChangedBy = table.Column<string>(type: "text", maxLength: 256, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Criteria_MinAttendancePercent = table.Column<int>(type: "integer", nullable: false),
                    Criteria_MinExerciseMinutes = table.Column<int>(type: "integer", nullable: false),
                    Criteria_MinGroupSharePercent = table.Column<int>(type: "integer", nullable: false),
                    Criteria_MinSoftSkillAverage = table.Column<decimal>(type: "numeric(3,1)", precision: 3, scale: 1, nullable: false),
                    Criteria_RequireAllBadges = table.Column<bool>(type: "boolean", nullable: false),
                    Criteria_RequireAllProjectsPassed = table.Column<bool>(type: "boolean", nullable: false),
                    Criteria_SoftSkillSource = table.Column<string>(type: "text", maxLength: 32, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "Modules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    PlannedLectureMinutes = table.Column<int>(type: "integer", nullable: false),
                    PlannedExerciseMinutes = table.Column<int>(type: "integer", nullable: false),
                    BadgeName = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    Topics = table.Column<List<string>>(type: "text[]", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Modules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Modules_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SoftSkills",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", maxLength: 60, nullable: false),
                    Descriptors = table.Column<List<string>>(type: "text[]", maxLength: 1540, nullable: false)
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
                name: "Holidays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CentreId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "text", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Holidays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Holidays_Centres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "Centres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Instructors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CalendarToken = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    FullName = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    Email = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    HomeCentreId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Instructors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Instructors_Centres_HomeCentreId",
                        column: x => x.HomeCentreId,
                        principalTable: "Centres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Rooms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CentreId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rooms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rooms_Centres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "Centres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    ModuleId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    Brief = table.Column<string>(type: "text", maxLength: 2000, nullable: false),
                    PassMarkPercent = table.Column<int>(type: "integer", nullable: false),
                    Milestones = table.Column<List<string>>(type: "text[]", maxLength: 4000, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    DisplayName = table.Column<string>(type: "text", maxLength: 120, nullable: false),
                    PartnerId = table.Column<int>(type: "integer", nullable: true),
                    InstructorId = table.Column<int>(type: "integer", nullable: true),
                    MustChangePassword = table.Column<bool>(type: "boolean", nullable: false),
                    UserName = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "text", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Instructors_InstructorId",
                        column: x => x.InstructorId,
                        principalTable: "Instructors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Cohorts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CalendarToken = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    Code = table.Column<string>(type: "text", maxLength: 40, nullable: false),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    CentreId = table.Column<int>(type: "integer", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    DefaultRoomId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "text", maxLength: 32, nullable: false),
                    CancellationReason = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    Pattern = table.Column<string>(type: "text", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cohorts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cohorts_Centres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "Centres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cohorts_Programmes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programmes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cohorts_Rooms_DefaultRoomId",
                        column: x => x.DefaultRoomId,
                        principalTable: "Rooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    ClaimType = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    ClaimValue = table.Column<string>(type: "text", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    ProviderKey = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    UserId = table.Column<string>(type: "text", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    RoleId = table.Column<string>(type: "text", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    LoginProvider = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    Name = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    Value = table.Column<string>(type: "text", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExportFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerUserId = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    Kind = table.Column<string>(type: "text", maxLength: 32, nullable: false),
                    Format = table.Column<string>(type: "text", maxLength: 16, nullable: false),
                    Request = table.Column<string>(type: "text", maxLength: 16000, nullable: false),
                    FileName = table.Column<string>(type: "text", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "text", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<string>(type: "text", maxLength: 32, nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    ProgressText = table.Column<string>(type: "text", maxLength: 200, nullable: true),
                    FailureReason = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    JobId = table.Column<string>(type: "text", maxLength: 64, nullable: true),
                    Runs = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExportFiles_AspNetUsers_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportSubscriptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    AllCohorts = table.Column<bool>(type: "boolean", nullable: false),
                    Format = table.Column<string>(type: "text", maxLength: 32, nullable: false),
                    Cadence = table.Column<string>(type: "text", maxLength: 32, nullable: false),
                    Weekday = table.Column<string>(type: "text", maxLength: 32, nullable: true),
                    DayOfMonth = table.Column<int>(type: "integer", nullable: true),
                    At = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    TimeZoneId = table.Column<string>(type: "text", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSubscriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSubscriptions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffCentres",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    CentreId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffCentres", x => new { x.UserId, x.CentreId });
                    table.ForeignKey(
                        name: "FK_StaffCentres_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StaffCentres_Centres_CentreId",
                        column: x => x.CentreId,
                        principalTable: "Centres",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "BadgeAwards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    ModuleId = table.Column<int>(type: "integer", nullable: false),
                    AwardedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AwardedBy = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    Reason = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    RevokedBy = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    RevocationReason = table.Column<string>(type: "text", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BadgeAwards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BadgeAwards_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BadgeAwards_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BadgeAwards_Modules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "Modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CohortBreaks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortBreaks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CohortBreaks_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CohortInstructors",
                columns: table => new
                {
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    InstructorId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortInstructors", x => new { x.CohortId, x.InstructorId });
                    table.ForeignKey(
                        name: "FK_CohortInstructors_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CohortInstructors_Instructors_InstructorId",
                        column: x => x.InstructorId,
                        principalTable: "Instructors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CohortSponsors",
                columns: table => new
                {
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    PartnerId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortSponsors", x => new { x.CohortId, x.PartnerId });
                    table.ForeignKey(
                        name: "FK_CohortSponsors_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CohortSponsors_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Enrolments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "text", maxLength: 32, nullable: false),
                    EnrolledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StatusChangedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StatusReason = table.Column<string>(type: "text", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enrolments_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Enrolments_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GraduationDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    Graduated = table.Column<bool>(type: "boolean", nullable: false),
                    IsOverride = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedBy = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Figures = table.Column<string>(type: "text", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GraduationDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GraduationDecisions_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GraduationDecisions_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GroupProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    ModuleId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    Brief = table.Column<string>(type: "text", maxLength: 2000, nullable: false),
                    PassMarkPercent = table.Column<int>(type: "integer", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupProjects_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GroupProjects_Modules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "Modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "LearnerTallies",
                columns: table => new
                {
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    Present = table.Column<int>(type: "integer", nullable: false),
                    Late = table.Column<int>(type: "integer", nullable: false),
                    Absent = table.Column<int>(type: "integer", nullable: false),
                    Excused = table.Column<int>(type: "integer", nullable: false),
                    FirstMarkedUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    LastMarkedUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    LoggedMinutes = table.Column<int>(type: "integer", nullable: false),
                    GroupMinutes = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "LectureSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    ModuleId = table.Column<int>(type: "integer", nullable: false),
                    Topic = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    StartUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    RoomId = table.Column<int>(type: "integer", nullable: true),
                    InstructorId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "text", maxLength: 32, nullable: false),
                    CancellationReason = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    ConflictOverrideReason = table.Column<string>(type: "text", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LectureSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LectureSessions_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LectureSessions_Instructors_InstructorId",
                        column: x => x.InstructorId,
                        principalTable: "Instructors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_LectureSessions_Modules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "Modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LectureSessions_Rooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "Rooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ExportFileChunks",
                columns: table => new
                {
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportFileChunks", x => new { x.FileId, x.Index });
                    table.ForeignKey(
                        name: "FK_ExportFileChunks_ExportFiles_FileId",
                        column: x => x.FileId,
                        principalTable: "ExportFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SubscribedCohorts",
                columns: table => new
                {
                    SubscriptionId = table.Column<int>(type: "integer", nullable: false),
                    CohortId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubscribedCohorts", x => new { x.SubscriptionId, x.CohortId });
                    table.ForeignKey(
                        name: "FK_SubscribedCohorts_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SubscribedCohorts_ReportSubscriptions_SubscriptionId",
                        column: x => x.SubscriptionId,
                        principalTable: "ReportSubscriptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SubscriptionRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubscriptionId = table.Column<int>(type: "integer", nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    MadeAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<string>(type: "text", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: true),
                    DownloadId = table.Column<Guid>(type: "uuid", nullable: true),
                    Problem = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    EmailedTo = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    EmailProblem = table.Column<string>(type: "text", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubscriptionRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubscriptionRuns_ReportSubscriptions_SubscriptionId",
                        column: x => x.SubscriptionId,
                        principalTable: "ReportSubscriptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SoftSkillAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    SkillId = table.Column<int>(type: "integer", nullable: false),
                    PointId = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "text", maxLength: 1000, nullable: true),
                    AssessedBy = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SoftSkillAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SoftSkillAssessments_AssessmentPoints_PointId",
                        column: x => x.PointId,
                        principalTable: "AssessmentPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SoftSkillAssessments_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SoftSkillAssessments_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SoftSkillAssessments_SoftSkills_SkillId",
                        column: x => x.SkillId,
                        principalTable: "SoftSkills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IssuedCredentials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PublicId = table.Column<string>(type: "text", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "text", maxLength: 32, nullable: false),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    BadgeAwardId = table.Column<int>(type: "integer", nullable: true),
                    GraduationDecisionId = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    KeyId = table.Column<string>(type: "text", maxLength: 64, nullable: false),
                    Jwt = table.Column<string>(type: "text", maxLength: 64000, nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    RevokedBy = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    RevocationReason = table.Column<string>(type: "text", maxLength: 1000, nullable: true)
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
                name: "ProjectGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    GroupProjectId = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    GradePercent = table.Column<int>(type: "integer", nullable: true),
                    GradedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    GradedBy = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    GradedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectGroups_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectGroups_GroupProjects_GroupProjectId",
                        column: x => x.GroupProjectId,
                        principalTable: "GroupProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ProjectMilestones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GroupProjectId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectMilestones_GroupProjects_GroupProjectId",
                        column: x => x.GroupProjectId,
                        principalTable: "GroupProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Attendance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "text", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    RecordedBy = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendance_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Attendance_LectureSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "LectureSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "text", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    ChangedBy = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionChanges_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SessionChanges_LectureSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "LectureSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExerciseLogs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    ModuleId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Minutes = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "text", maxLength: 32, nullable: false),
                    ProjectGroupId = table.Column<int>(type: "integer", nullable: true),
                    GroupEntryId = table.Column<Guid>(type: "uuid", nullable: true),
                    Description = table.Column<string>(type: "text", maxLength: 300, nullable: false),
                    LoggedBy = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    LoggedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExerciseLogs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExerciseLogs_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExerciseLogs_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExerciseLogs_Modules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "Modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExerciseLogs_ProjectGroups_ProjectGroupId",
                        column: x => x.ProjectGroupId,
                        principalTable: "ProjectGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "GroupMoves",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    GroupProjectId = table.Column<int>(type: "integer", nullable: false),
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    FromGroupId = table.Column<int>(type: "integer", nullable: true),
                    ToGroupId = table.Column<int>(type: "integer", nullable: true),
                    Reason = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    MovedBy = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    MovedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
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
                name: "PeerRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    GroupId = table.Column<int>(type: "integer", nullable: false),
                    PointId = table.Column<int>(type: "integer", nullable: false),
                    OpenedBy = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true)
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
                name: "ProjectGroupMembers",
                columns: table => new
                {
                    GroupId = table.Column<int>(type: "integer", nullable: false),
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    ContributionAdjustment = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectGroupMembers", x => new { x.GroupId, x.LearnerId });
                    table.ForeignKey(
                        name: "FK_ProjectGroupMembers_Learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "Learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectGroupMembers_ProjectGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "ProjectGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MilestoneSubmissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    GroupId = table.Column<int>(type: "integer", nullable: false),
                    MilestoneId = table.Column<int>(type: "integer", nullable: false),
                    Link = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    Note = table.Column<string>(type: "text", maxLength: 1000, nullable: false),
                    SubmittedBy = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewedBy = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: true),
                    ReviewNote = table.Column<string>(type: "text", maxLength: 1000, nullable: true)
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
                name: "PeerSubmissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    RaterLearnerId = table.Column<int>(type: "integer", nullable: false),
                    EnteredBy = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    EnteredAtUtc = table.Column<DateTime>(type: "timestamp without time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubmissionId = table.Column<int>(type: "integer", nullable: false),
                    LearnerId = table.Column<int>(type: "integer", nullable: false),
                    SkillId = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false)
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
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_InstructorId",
                table: "AspNetUsers",
                column: "InstructorId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PartnerId",
                table: "AspNetUsers",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentPoints_CohortId_Date",
                table: "AssessmentPoints",
                columns: new[] { "CohortId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_LearnerId",
                table: "Attendance",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_SessionId_LearnerId",
                table: "Attendance",
                columns: new[] { "SessionId", "LearnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_CohortId_LearnerId_ChangedAtUtc",
                table: "AuditEntries",
                columns: new[] { "CohortId", "LearnerId", "ChangedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Record_RecordId",
                table: "AuditEntries",
                columns: new[] { "Record", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_SessionId_ChangedAtUtc",
                table: "AuditEntries",
                columns: new[] { "SessionId", "ChangedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_BadgeAwards_CohortId_LearnerId_ModuleId",
                table: "BadgeAwards",
                columns: new[] { "CohortId", "LearnerId", "ModuleId" },
                unique: true,
                filter: "\"RevokedAtUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_BadgeAwards_LearnerId",
                table: "BadgeAwards",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_BadgeAwards_ModuleId",
                table: "BadgeAwards",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_Centres_Name",
                table: "Centres",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Centres_OperatorPartnerId",
                table: "Centres",
                column: "OperatorPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CohortBreaks_CohortId_FirstDay",
                table: "CohortBreaks",
                columns: new[] { "CohortId", "FirstDay" });

            migrationBuilder.CreateIndex(
                name: "IX_CohortInstructors_InstructorId",
                table: "CohortInstructors",
                column: "InstructorId");

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_CalendarToken",
                table: "Cohorts",
                column: "CalendarToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_CentreId_StartDate",
                table: "Cohorts",
                columns: new[] { "CentreId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_Code",
                table: "Cohorts",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_DefaultRoomId",
                table: "Cohorts",
                column: "DefaultRoomId");

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_ProgrammeId",
                table: "Cohorts",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_CohortSponsors_PartnerId",
                table: "CohortSponsors",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CriteriaVersions_ProgrammeId_Number",
                table: "CriteriaVersions",
                columns: new[] { "ProgrammeId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_CohortId_LearnerId",
                table: "Enrolments",
                columns: new[] { "CohortId", "LearnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_LearnerId",
                table: "Enrolments",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseLogs_CohortId_Date",
                table: "ExerciseLogs",
                columns: new[] { "CohortId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseLogs_CohortId_LearnerId_Date",
                table: "ExerciseLogs",
                columns: new[] { "CohortId", "LearnerId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseLogs_GroupEntryId",
                table: "ExerciseLogs",
                column: "GroupEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseLogs_LearnerId_Date",
                table: "ExerciseLogs",
                columns: new[] { "LearnerId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseLogs_ModuleId",
                table: "ExerciseLogs",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseLogs_ProjectGroupId",
                table: "ExerciseLogs",
                column: "ProjectGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_ExportFiles_ExpiresAtUtc",
                table: "ExportFiles",
                column: "ExpiresAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ExportFiles_OwnerUserId_CreatedAtUtc",
                table: "ExportFiles",
                columns: new[] { "OwnerUserId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_GraduationDecisions_CohortId_LearnerId",
                table: "GraduationDecisions",
                columns: new[] { "CohortId", "LearnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_GraduationDecisions_LearnerId",
                table: "GraduationDecisions",
                column: "LearnerId");

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
                name: "IX_GroupProjects_CohortId",
                table: "GroupProjects",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupProjects_ModuleId",
                table: "GroupProjects",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_Holidays_CentreId_FirstDay",
                table: "Holidays",
                columns: new[] { "CentreId", "FirstDay" });

            migrationBuilder.CreateIndex(
                name: "IX_Instructors_CalendarToken",
                table: "Instructors",
                column: "CalendarToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Instructors_Email",
                table: "Instructors",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Instructors_HomeCentreId",
                table: "Instructors",
                column: "HomeCentreId");

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

            migrationBuilder.CreateIndex(
                name: "IX_Learners_Email",
                table: "Learners",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Learners_LastName_FirstName",
                table: "Learners",
                columns: new[] { "LastName", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_LearnerTallies_LearnerId",
                table: "LearnerTallies",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_LectureSessions_CohortId_StartUtc",
                table: "LectureSessions",
                columns: new[] { "CohortId", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_LectureSessions_InstructorId_StartUtc",
                table: "LectureSessions",
                columns: new[] { "InstructorId", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_LectureSessions_ModuleId",
                table: "LectureSessions",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_LectureSessions_RoomId_StartUtc",
                table: "LectureSessions",
                columns: new[] { "RoomId", "StartUtc" });

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
                name: "IX_Modules_ProgrammeId_Position",
                table: "Modules",
                columns: new[] { "ProgrammeId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_Partners_Name",
                table: "Partners",
                column: "Name",
                unique: true);

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
                name: "IX_Programmes_Code",
                table: "Programmes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectGroupMembers_LearnerId",
                table: "ProjectGroupMembers",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectGroups_CohortId",
                table: "ProjectGroups",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectGroups_GroupProjectId",
                table: "ProjectGroups",
                column: "GroupProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectMilestones_GroupProjectId",
                table: "ProjectMilestones",
                column: "GroupProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectTemplates_ModuleId",
                table: "ProjectTemplates",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectTemplates_ProgrammeId",
                table: "ProjectTemplates",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubscriptions_UserId",
                table: "ReportSubscriptions",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Rooms_CentreId_Name",
                table: "Rooms",
                columns: new[] { "CentreId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionChanges_CohortId",
                table: "SessionChanges",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionChanges_SessionId_ChangedAtUtc",
                table: "SessionChanges",
                columns: new[] { "SessionId", "ChangedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SoftSkillAssessments_CohortId_LearnerId_SkillId_PointId",
                table: "SoftSkillAssessments",
                columns: new[] { "CohortId", "LearnerId", "SkillId", "PointId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SoftSkillAssessments_LearnerId",
                table: "SoftSkillAssessments",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_SoftSkillAssessments_PointId",
                table: "SoftSkillAssessments",
                column: "PointId");

            migrationBuilder.CreateIndex(
                name: "IX_SoftSkillAssessments_SkillId",
                table: "SoftSkillAssessments",
                column: "SkillId");

            migrationBuilder.CreateIndex(
                name: "IX_SoftSkills_ProgrammeId_Name",
                table: "SoftSkills",
                columns: new[] { "ProgrammeId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffCentres_CentreId",
                table: "StaffCentres",
                column: "CentreId");

            migrationBuilder.CreateIndex(
                name: "IX_SubscribedCohorts_CohortId",
                table: "SubscribedCohorts",
                column: "CohortId");

            migrationBuilder.CreateIndex(
                name: "IX_SubscriptionRuns_SubscriptionId_DueAtUtc",
                table: "SubscriptionRuns",
                columns: new[] { "SubscriptionId", "DueAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Attendance");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CohortBreaks");

            migrationBuilder.DropTable(
                name: "CohortInstructors");

            migrationBuilder.DropTable(
                name: "CohortSponsors");

            migrationBuilder.DropTable(
                name: "CriteriaVersions");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Enrolments");

            migrationBuilder.DropTable(
                name: "ExerciseLogs");

            migrationBuilder.DropTable(
                name: "ExportFileChunks");

            migrationBuilder.DropTable(
                name: "GroupMoves");

            migrationBuilder.DropTable(
                name: "Holidays");

            migrationBuilder.DropTable(
                name: "IssuedCredentials");

            migrationBuilder.DropTable(
                name: "IssuerKeys");

            migrationBuilder.DropTable(
                name: "LearnerTallies");

            migrationBuilder.DropTable(
                name: "MilestoneSubmissions");

            migrationBuilder.DropTable(
                name: "PeerRatings");

            migrationBuilder.DropTable(
                name: "ProjectGroupMembers");

            migrationBuilder.DropTable(
                name: "ProjectTemplates");

            migrationBuilder.DropTable(
                name: "SeedImports");

            migrationBuilder.DropTable(
                name: "SessionChanges");

            migrationBuilder.DropTable(
                name: "SoftSkillAssessments");

            migrationBuilder.DropTable(
                name: "StaffCentres");

            migrationBuilder.DropTable(
                name: "SubscribedCohorts");

            migrationBuilder.DropTable(
                name: "SubscriptionRuns");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "ExportFiles");

            migrationBuilder.DropTable(
                name: "BadgeAwards");

            migrationBuilder.DropTable(
                name: "GraduationDecisions");

            migrationBuilder.DropTable(
                name: "ProjectMilestones");

            migrationBuilder.DropTable(
                name: "PeerSubmissions");

            migrationBuilder.DropTable(
                name: "LectureSessions");

            migrationBuilder.DropTable(
                name: "SoftSkills");

            migrationBuilder.DropTable(
                name: "ReportSubscriptions");

            migrationBuilder.DropTable(
                name: "Learners");

            migrationBuilder.DropTable(
                name: "PeerRounds");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "AssessmentPoints");

            migrationBuilder.DropTable(
                name: "ProjectGroups");

            migrationBuilder.DropTable(
                name: "Instructors");

            migrationBuilder.DropTable(
                name: "GroupProjects");

            migrationBuilder.DropTable(
                name: "Cohorts");

            migrationBuilder.DropTable(
                name: "Modules");

            migrationBuilder.DropTable(
                name: "Rooms");

            migrationBuilder.DropTable(
                name: "Programmes");

            migrationBuilder.DropTable(
                name: "Centres");

            migrationBuilder.DropTable(
                name: "Partners");
        }
    }
}
