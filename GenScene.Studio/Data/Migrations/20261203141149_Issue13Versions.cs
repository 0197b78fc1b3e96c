using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GenScene.Studio.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue13Versions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "voices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "voices",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "look_version",
                table: "styles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            // Until now a style's version counted its look; keep that count as the look version, and let the
            // version go on from it as the edit version, so every ETag a client holds stays valid (ADR 0017).
            migrationBuilder.Sql("UPDATE styles SET look_version = version;");

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "styles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "updated_by",
                table: "episodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "episodes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "voices");

            migrationBuilder.DropColumn(
                name: "version",
                table: "voices");

            migrationBuilder.DropColumn(
                name: "look_version",
                table: "styles");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "styles");

            migrationBuilder.DropColumn(
                name: "updated_by",
                table: "episodes");

            migrationBuilder.DropColumn(
                name: "version",
                table: "episodes");
        }
    }
}
