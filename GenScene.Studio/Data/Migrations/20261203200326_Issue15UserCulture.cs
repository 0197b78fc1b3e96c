using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GenScene.Studio.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue15UserCulture : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "culture",
                table: "users",
                type: "TEXT",
                maxLength: 8,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "culture",
                table: "users");
        }
    }
}
