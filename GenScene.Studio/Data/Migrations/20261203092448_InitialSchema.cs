using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GenScene.Studio.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    prefix = table.Column<string>(type: "TEXT", nullable: false),
                    key_hash = table.Column<string>(type: "TEXT", nullable: false),
                    scopes = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_used_at = table.Column<long>(type: "INTEGER", nullable: true),
                    revoked_at = table.Column<long>(type: "INTEGER", nullable: true),
                    webhook_url = table.Column<string>(type: "TEXT", nullable: true),
                    webhook_secret = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "assets",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    content_type = table.Column<string>(type: "TEXT", nullable: false),
                    bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    width = table.Column<int>(type: "INTEGER", nullable: true),
                    height = table.Column<int>(type: "INTEGER", nullable: true),
                    duration_seconds = table.Column<double>(type: "REAL", nullable: true),
                    has_audio = table.Column<bool>(type: "INTEGER", nullable: false),
                    original_file_name = table.Column<string>(type: "TEXT", nullable: false),
                    stored_file_name = table.Column<string>(type: "TEXT", nullable: false),
                    thumbnail_file_name = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audio_cache",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    engine = table.Column<string>(type: "TEXT", nullable: false),
                    relative_path = table.Column<string>(type: "TEXT", nullable: false),
                    bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    duration_seconds = table.Column<double>(type: "REAL", nullable: false),
                    integrated_lufs = table.Column<double>(type: "REAL", nullable: true),
                    true_peak_db = table.Column<double>(type: "REAL", nullable: true),
                    loudness_range = table.Column<double>(type: "REAL", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_used_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audio_cache", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "episodes",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    language = table.Column<string>(type: "TEXT", nullable: false),
                    resolution = table.Column<string>(type: "TEXT", nullable: false),
                    fps = table.Column<int>(type: "INTEGER", nullable: false),
                    voice_id = table.Column<string>(type: "TEXT", nullable: true),
                    style_id = table.Column<string>(type: "TEXT", nullable: true),
                    music_asset_id = table.Column<string>(type: "TEXT", nullable: true),
                    music_level_db = table.Column<double>(type: "REAL", nullable: false),
                    captions = table.Column<bool>(type: "INTEGER", nullable: false),
                    transition = table.Column<string>(type: "TEXT", nullable: false),
                    transition_seconds = table.Column<double>(type: "REAL", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_episodes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "jingles",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", nullable: false),
                    content_type = table.Column<string>(type: "TEXT", nullable: false),
                    bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    duration_seconds = table.Column<double>(type: "REAL", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jingles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "job_metrics",
                columns: table => new
                {
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    stage = table.Column<string>(type: "TEXT", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", nullable: false),
                    count = table.Column<long>(type: "INTEGER", nullable: false),
                    total_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    max_ms = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_metrics", x => new { x.kind, x.stage, x.outcome });
                });

            migrationBuilder.CreateTable(
                name: "jobs",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", nullable: false),
                    progress = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    stage = table.Column<string>(type: "TEXT", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    max_attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: false),
                    lease_owner = table.Column<string>(type: "TEXT", nullable: true),
                    lease_expires_at = table.Column<long>(type: "INTEGER", nullable: true),
                    cancel_requested = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: false),
                    error_class = table.Column<string>(type: "TEXT", nullable: true),
                    error_message = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: true),
                    finished_at = table.Column<long>(type: "INTEGER", nullable: true),
                    parent_job_id = table.Column<string>(type: "TEXT", nullable: true),
                    idempotency_key = table.Column<string>(type: "TEXT", nullable: true),
                    payload_hash = table.Column<string>(type: "TEXT", nullable: true),
                    owner_key_id = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobs", x => x.id);
                    table.ForeignKey(
                        name: "FK_jobs_jobs_parent_job_id",
                        column: x => x.parent_job_id,
                        principalTable: "jobs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "styles",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    category = table.Column<string>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    palette = table.Column<string>(type: "TEXT", nullable: false),
                    keywords = table.Column<string>(type: "TEXT", nullable: false),
                    demo_scene = table.Column<string>(type: "TEXT", nullable: false),
                    caption_font = table.Column<string>(type: "TEXT", nullable: false),
                    caption_color = table.Column<string>(type: "TEXT", nullable: false),
                    caption_outline = table.Column<string>(type: "TEXT", nullable: false),
                    default_transition = table.Column<string>(type: "TEXT", nullable: false),
                    look = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_styles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", nullable: false),
                    normalized_user_name = table.Column<string>(type: "TEXT", nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_sign_in_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "voices",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    provider = table.Column<string>(type: "TEXT", nullable: false),
                    provider_voice_id = table.Column<string>(type: "TEXT", nullable: false),
                    language = table.Column<string>(type: "TEXT", nullable: false),
                    gender = table.Column<string>(type: "TEXT", nullable: false),
                    accent = table.Column<string>(type: "TEXT", nullable: true),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    // By hand: the settings columns stand where the SQL scripts put them, so a new
                    // studio.db and one baselined from a script-made file have one column order.
                    stability = table.Column<double>(type: "REAL", nullable: false),
                    similarity_boost = table.Column<double>(type: "REAL", nullable: false),
                    style = table.Column<double>(type: "REAL", nullable: false),
                    speaker_boost = table.Column<bool>(type: "INTEGER", nullable: false),
                    speed = table.Column<double>(type: "REAL", nullable: false),
                    pitch = table.Column<int>(type: "INTEGER", nullable: false),
                    enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_default = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_voices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "webhook_deliveries",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    api_key_id = table.Column<string>(type: "TEXT", nullable: false),
                    job_id = table.Column<string>(type: "TEXT", nullable: false),
                    url = table.Column<string>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    last_status_code = table.Column<int>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    delivered_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhook_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "FK_webhook_deliveries_api_keys_api_key_id",
                        column: x => x.api_key_id,
                        principalTable: "api_keys",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "scenes",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    episode_id = table.Column<string>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    voice_id = table.Column<string>(type: "TEXT", nullable: true),
                    voice_settings = table.Column<string>(type: "TEXT", nullable: true),
                    style_id = table.Column<string>(type: "TEXT", nullable: true),
                    asset_id = table.Column<string>(type: "TEXT", nullable: true),
                    motion = table.Column<string>(type: "TEXT", nullable: false),
                    fit = table.Column<string>(type: "TEXT", nullable: false),
                    padding_before_seconds = table.Column<double>(type: "REAL", nullable: false),
                    padding_after_seconds = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes", x => x.id);
                    table.ForeignKey(
                        name: "FK_scenes_episodes_episode_id",
                        column: x => x.episode_id,
                        principalTable: "episodes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "episode_renders",
                columns: table => new
                {
                    job_id = table.Column<string>(type: "TEXT", nullable: false),
                    episode_id = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_episode_renders", x => x.job_id);
                    table.ForeignKey(
                        name: "FK_episode_renders_episodes_episode_id",
                        column: x => x.episode_id,
                        principalTable: "episodes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_episode_renders_jobs_job_id",
                        column: x => x.job_id,
                        principalTable: "jobs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "job_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    job_id = table.Column<string>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    state = table.Column<string>(type: "TEXT", nullable: false),
                    stage = table.Column<string>(type: "TEXT", nullable: true),
                    message = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_job_events_jobs_job_id",
                        column: x => x.job_id,
                        principalTable: "jobs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "job_files",
                columns: table => new
                {
                    job_id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    content_type = table.Column<string>(type: "TEXT", nullable: false),
                    bytes = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_files", x => new { x.job_id, x.name });
                    table.ForeignKey(
                        name: "FK_job_files_jobs_job_id",
                        column: x => x.job_id,
                        principalTable: "jobs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "speech_results",
                columns: table => new
                {
                    job_id = table.Column<string>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    voice_id = table.Column<string>(type: "TEXT", nullable: false),
                    engine = table.Column<string>(type: "TEXT", nullable: false),
                    format = table.Column<string>(type: "TEXT", nullable: false),
                    duration_seconds = table.Column<double>(type: "REAL", nullable: false),
                    integrated_lufs = table.Column<double>(type: "REAL", nullable: true),
                    true_peak_db = table.Column<double>(type: "REAL", nullable: true),
                    loudness_range = table.Column<double>(type: "REAL", nullable: true),
                    cache_hits = table.Column<int>(type: "INTEGER", nullable: false),
                    cache_misses = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_speech_results", x => x.job_id);
                    table.ForeignKey(
                        name: "FK_speech_results_jobs_job_id",
                        column: x => x.job_id,
                        principalTable: "jobs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_key_hash",
                table: "api_keys",
                column: "key_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_assets_created_at",
                table: "assets",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ux_assets_sha256",
                table: "assets",
                column: "sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audio_cache_last_used_at",
                table: "audio_cache",
                column: "last_used_at");

            migrationBuilder.CreateIndex(
                name: "ix_episode_renders_episode",
                table: "episode_renders",
                columns: new[] { "episode_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_episodes_updated_at",
                table: "episodes",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ix_jingles_role_name",
                table: "jingles",
                columns: new[] { "role", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_job_events_job_id",
                table: "job_events",
                columns: new[] { "job_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_jobs_created_at",
                table: "jobs",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_jobs_idempotency_key",
                table: "jobs",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_jobs_parent_job_id",
                table: "jobs",
                column: "parent_job_id");

            migrationBuilder.CreateIndex(
                name: "ix_jobs_state_next_attempt_at",
                table: "jobs",
                columns: new[] { "state", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_scenes_episode_position",
                table: "scenes",
                columns: new[] { "episode_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_speech_results_created_at",
                table: "speech_results",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_styles_category",
                table: "styles",
                column: "category");

            migrationBuilder.CreateIndex(
                name: "ix_users_normalized_user_name",
                table: "users",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_voices_provider_voice",
                table: "voices",
                columns: new[] { "provider", "provider_voice_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_api_key_id_created_at",
                table: "webhook_deliveries",
                columns: new[] { "api_key_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assets");

            migrationBuilder.DropTable(
                name: "audio_cache");

            migrationBuilder.DropTable(
                name: "episode_renders");

            migrationBuilder.DropTable(
                name: "jingles");

            migrationBuilder.DropTable(
                name: "job_events");

            migrationBuilder.DropTable(
                name: "job_files");

            migrationBuilder.DropTable(
                name: "job_metrics");

            migrationBuilder.DropTable(
                name: "scenes");

            migrationBuilder.DropTable(
                name: "speech_results");

            migrationBuilder.DropTable(
                name: "styles");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "voices");

            migrationBuilder.DropTable(
                name: "webhook_deliveries");

            migrationBuilder.DropTable(
                name: "episodes");

            migrationBuilder.DropTable(
                name: "jobs");

            migrationBuilder.DropTable(
                name: "api_keys");
        }
    }
}
