using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GenScene.Studio.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue15Lexicon : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lexicon_entries",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    phrase = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    alias = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    phonemes = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    phoneme_alphabet = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1),
                    updated_by = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lexicon_entries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_lexicon_language_phrase",
                table: "lexicon_entries",
                columns: new[] { "language", "phrase" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lexicon_entries");
        }
    }
}
