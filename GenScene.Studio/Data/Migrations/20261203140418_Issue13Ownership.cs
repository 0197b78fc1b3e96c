using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GenScene.Studio.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue13Ownership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "created_by_id",
                table: "speech_results",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "created_by_name",
                table: "speech_results",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "created_by_id",
                table: "jobs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "created_by_name",
                table: "jobs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "link",
                table: "jobs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "title",
                table: "jobs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "worker",
                table: "job_events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "created_by_id",
                table: "episodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "created_by_name",
                table: "episodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_speech_results_created_by_id",
                table: "speech_results",
                columns: new[] { "created_by_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_jobs_created_by_id",
                table: "jobs",
                column: "created_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_episodes_created_by_id",
                table: "episodes",
                column: "created_by_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_speech_results_created_by_id",
                table: "speech_results");

            migrationBuilder.DropIndex(
                name: "ix_jobs_created_by_id",
                table: "jobs");

            migrationBuilder.DropIndex(
                name: "ix_episodes_created_by_id",
                table: "episodes");

            migrationBuilder.DropColumn(
                name: "created_by_id",
                table: "speech_results");

            migrationBuilder.DropColumn(
                name: "created_by_name",
                table: "speech_results");

            migrationBuilder.DropColumn(
                name: "created_by_id",
                table: "jobs");

            migrationBuilder.DropColumn(
                name: "created_by_name",
                table: "jobs");

            migrationBuilder.DropColumn(
                name: "link",
                table: "jobs");

            migrationBuilder.DropColumn(
                name: "title",
                table: "jobs");

            migrationBuilder.DropColumn(
                name: "worker",
                table: "job_events");

            migrationBuilder.DropColumn(
                name: "created_by_id",
                table: "episodes");

            migrationBuilder.DropColumn(
                name: "created_by_name",
                table: "episodes");
        }
    }
}
