using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GenScene.Studio.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue13EpisodeTrash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "deleted_at",
                table: "episodes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_episodes_deleted_at",
                table: "episodes",
                column: "deleted_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_episodes_deleted_at",
                table: "episodes");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "episodes");
        }
    }
}
