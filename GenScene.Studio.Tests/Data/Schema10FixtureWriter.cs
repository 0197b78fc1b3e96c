using System.Text.Json;
using GenScene.Studio.Data;
using GenScene.Studio.Features.Assets;
using GenScene.Studio.Features.Audio.Jingles;
using GenScene.Studio.Features.Episodes;
using GenScene.Studio.Features.Jobs;
using GenScene.Studio.Features.Security;
using GenScene.Studio.Features.Security.ApiKeys;
using GenScene.Studio.Features.Security.Users;
using GenScene.Studio.Features.Security.Webhooks;
using GenScene.Studio.Features.Styles;
using GenScene.Studio.Features.Voices;
using GenScene.Studio.Features.Voices.Tts;
using GenScene.Studio.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;

namespace GenScene.Studio.Tests.Data;

/// <summary>
/// Writes TestData/studio-schema10.db: a data directory's studio.db as the last release with SQL-script
/// migrations left it (schema 10), with rows in every table. Run once, on that release's migrator,
/// before the migrator was replaced by EF Core migrations (ADR 0015); kept in history, not in the tree.
/// </summary>
public sealed class Schema10FixtureWriter
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 9, 15, 0, TimeSpan.Zero);

    [Fact]
    public async Task Writes_the_schema_10_fixture_with_rows_in_every_table()
    {
        var target = TestData.Path("studio-schema10.db");
        using (var database = await new TestDatabase().MigratedAsync())
        {
            await using (var db = await database.Contexts.CreateDbContextAsync())
            {
                AddRows(db);
                await db.SaveChangesAsync();
            }
            SqliteConnection.ClearAllPools();
            using (var raw = database.OpenRaw())
            {
                using var command = raw.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); VACUUM; PRAGMA wal_checkpoint(TRUNCATE);";
                command.ExecuteNonQuery();
            }
            SqliteConnection.ClearAllPools();
            using (var check = database.OpenRaw())
            {
                using var tables = check.CreateCommand();
                tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
                using var reader = tables.ExecuteReader();
                while (reader.Read())
                {
                    using var count = check.CreateCommand();
                    count.CommandText = $"SELECT COUNT(*) FROM \"{reader.GetString(0)}\"";
                    Assert.True((long)count.ExecuteScalar()! > 0, $"table {reader.GetString(0)} has no row");
                }
            }
            SqliteConnection.ClearAllPools();
            // The last connection closed checkpointed and removed the WAL: studio.db is the whole database.
            Assert.False(File.Exists(database.Paths.Database + "-wal"));
            File.Copy(database.Paths.Database, target, overwrite: true);
        }
    }

    private static void AddRows(StudioDbContext db)
    {
        var ava = VoiceSeeds.Espeak(At)[0];
        var lucia = VoiceSeeds.Espeak(At)[4];
        db.Voices.AddRange(ava, lucia);
        var style = StyleSeeds.Create(At).First();
        db.Styles.Add(style);

        var key = new ApiKey
        {
            Id = "019ad3f1c2a07c3e9a4b5d6e7f801234",
            Name = "Newsroom automation",
            Prefix = "gsk_Q3x9Lm",
            KeyHash = Convert.ToHexString(ApiKeyRing.Hash("gsk_Q3x9LmZr8T2vWcYp4sKdNf7hJb6g")),
            Scopes = "read,generate",
            CreatedAt = At,
            LastUsedAt = At.AddHours(2),
            WebhookUrl = "https://newsroom.example.org/hooks/genscene",
            WebhookSecret = "whsec_5f1c7e2a9b3d4c6e8f0a1b2c3d4e5f60",
        };
        var revoked = new ApiKey
        {
            Id = "019ad3f1c2a07c3e9a4b5d6e7f805678",
            Name = "Old laptop",
            Prefix = "gsk_Ab12Cd",
            KeyHash = Convert.ToHexString(ApiKeyRing.Hash("gsk_Ab12CdEf34Gh56Ij78Kl90Mn12Op")),
            Scopes = "read",
            CreatedAt = At.AddDays(-20),
            RevokedAt = At.AddDays(-1),
        };
        db.ApiKeys.AddRange(key, revoked);

        var admin = new StudioUser
        {
            Id = "019ad3f0a1b27d4e8c9f0a1b2c3d4e5f",
            UserName = "marta",
            NormalizedUserName = "MARTA",
            Role = StudioRoles.Admin,
            CreatedAt = At.AddDays(-30),
            LastSignInAt = At,
        };
        admin.PasswordHash = new PasswordHasher<StudioUser>().HashPassword(admin, "correct horse battery staple");
        db.Users.Add(admin);
        db.Users.Add(new StudioUser
        {
            Id = "019ad3f0a1b27d4e8c9f0a1b2c3d4e60",
            UserName = "Jorge.Creator",
            NormalizedUserName = "JORGE.CREATOR",
            PasswordHash = new PasswordHasher<StudioUser>().HashPassword(null!, "another long passphrase"),
            Role = StudioRoles.Creator,
            CreatedAt = At.AddDays(-10),
        });

        var jingle = new Jingle
        {
            Id = "019ad3f2aa017b2c8d3e4f5a6b7c8d9e",
            Name = "Morning intro",
            Role = JingleRole.Intro,
            FileName = "019ad3f2aa017b2c8d3e4f5a6b7c8d9e.mp3",
            ContentType = "audio/mpeg",
            Bytes = 96_412,
            DurationSeconds = 4.32,
            Sha256 = "3b9f0c1d2e4a5b6c7d8e9f00112233445566778899aabbccddeeff0011223344",
            CreatedAt = At.AddDays(-5),
        };
        db.Jingles.Add(jingle);

        var photo = new Asset
        {
            Id = "019ad3f3bb027c3d9e4f5a6b7c8d9eaf",
            Kind = AssetKind.Image,
            ContentType = "image/jpeg",
            Bytes = 2_481_337,
            Sha256 = "9a8b7c6d5e4f30211a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081",
            Width = 4000,
            Height = 3000,
            HasAudio = false,
            OriginalFileName = "Plaza Mayor at dawn.jpg",
            StoredFileName = "9a8b7c6d5e4f30211a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081.jpg",
            ThumbnailFileName = "9a8b7c6d5e4f30211a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081.jpg",
            CreatedAt = At.AddDays(-2),
        };
        var music = new Asset
        {
            Id = "019ad3f3bb027c3d9e4f5a6b7c8d9eb0",
            Kind = AssetKind.Audio,
            ContentType = "audio/mpeg",
            Bytes = 3_100_220,
            Sha256 = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
            DurationSeconds = 193.4,
            HasAudio = true,
            OriginalFileName = "calm-piano.mp3",
            StoredFileName = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0.mp3",
            ThumbnailFileName = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0.jpg",
            CreatedAt = At.AddDays(-2),
        };
        db.Assets.AddRange(photo, music);

        var episode = new Episode
        {
            Id = "019ad3f4cc037d4e0f5a6b7c8d9eafb1",
            Title = "Madrid in the morning",
            Description = "A short city portrait for the newsletter.",
            Language = "es",
            Resolution = EpisodeFormats.Landscape,
            Fps = 30,
            VoiceId = lucia.Id,
            StyleId = style.Id,
            MusicAssetId = music.Id,
            MusicLevelDb = -14,
            Captions = true,
            Transition = "crossfade",
            TransitionSeconds = 0.6,
            CreatedAt = At.AddDays(-1),
            UpdatedAt = At,
        };
        episode.Scenes.Add(new Scene
        {
            Id = "019ad3f4cc037d4e0f5a6b7c8d9eafc2",
            EpisodeId = episode.Id,
            Position = 0,
            Text = "Buenos días desde la Plaza Mayor.",
            AssetId = photo.Id,
            Motion = "zoom-in",
            Fit = EpisodeFormats.FitCover,
            PaddingBeforeSeconds = 0.3,
            PaddingAfterSeconds = 0.5,
        });
        episode.Scenes.Add(new Scene
        {
            Id = "019ad3f4cc037d4e0f5a6b7c8d9eafc3",
            EpisodeId = episode.Id,
            Position = 1,
            Text = "La ciudad despierta despacio.",
            VoiceId = ava.Id,
            VoiceSettings = JsonSerializer.Serialize(new VoiceSettingsOverride(Speed: 0.9, Pitch: -5), JobJson.Options),
            Motion = EpisodeFormats.MotionNone,
            Fit = EpisodeFormats.FitCover,
            PaddingBeforeSeconds = 0.3,
            PaddingAfterSeconds = 0.5,
        });
        db.Episodes.Add(episode);

        var speech = new Job
        {
            Id = "019ad3f5dd048e5f1a6b7c8d9eafb0c1",
            Kind = TtsJobHandler.JobKind,
            Payload = JsonSerializer.Serialize(new SpeechJobPayload("Buenos días desde la Plaza Mayor.", lucia.Id, VoiceSettings.Default, SpeechFormats.Wav, true, IntroJingleId: jingle.Id), JobJson.Options),
            State = JobState.Succeeded,
            Progress = 100,
            Stage = "done",
            Attempts = 1,
            MaxAttempts = 3,
            NextAttemptAt = At,
            CreatedAt = At,
            StartedAt = At.AddSeconds(1),
            FinishedAt = At.AddSeconds(4),
            IdempotencyKey = "newsroom-2026-11-30-morning",
            PayloadHash = "5d41402abc4b2a76b9719d911017c592",
            OwnerKeyId = key.Id,
        };
        speech.Files.Add(new JobFile { JobId = speech.Id, Name = "speech.wav", ContentType = "audio/wav", Bytes = 211_244 });
        speech.Events.Add(new JobEvent { JobId = speech.Id, At = At, State = JobState.Queued, Message = "queued" });
        speech.Events.Add(new JobEvent { JobId = speech.Id, At = At.AddSeconds(1), State = JobState.Running, Stage = "synthesize" });
        speech.Events.Add(new JobEvent { JobId = speech.Id, At = At.AddSeconds(4), State = JobState.Succeeded, Stage = "done", Message = "succeeded" });
        var compose = new Job
        {
            Id = "019ad3f5dd048e5f1a6b7c8d9eafb0c2",
            Kind = EpisodeComposer.JobKind,
            Payload = """{"episodeId":"019ad3f4cc037d4e0f5a6b7c8d9eafb1","title":"Madrid in the morning","language":"es","width":1920,"height":1080,"fps":30,"captions":true,"transition":"crossfade","transitionSeconds":0.6,"musicAssetId":"019ad3f3bb027c3d9e4f5a6b7c8d9eb0","musicLevelDb":-14,"scenes":[]}""",
            State = JobState.Running,
            Progress = 42,
            Stage = "render scenes",
            Attempts = 1,
            MaxAttempts = 3,
            NextAttemptAt = At.AddMinutes(5),
            LeaseOwner = "studio-4242-1a2b",
            LeaseExpiresAt = At.AddMinutes(5).AddSeconds(30),
            CreatedAt = At.AddMinutes(5),
            StartedAt = At.AddMinutes(5).AddSeconds(1),
        };
        compose.Events.Add(new JobEvent { JobId = compose.Id, At = At.AddMinutes(5), State = JobState.Queued, Message = "queued" });
        var previews = new Job
        {
            Id = "019ad3f5dd048e5f1a6b7c8d9eafb0c3",
            Kind = GenerateStylePreviewsHandler.JobKind,
            Payload = JsonSerializer.Serialize(new GenerateStylePreviewsPayload(style.Id), JobJson.Options),
            State = JobState.Failed,
            Attempts = 3,
            MaxAttempts = 3,
            NextAttemptAt = At.AddMinutes(6),
            CancelRequested = true,
            ErrorClass = "ProcessFailedException",
            ErrorMessage = "ffmpeg exited with code 1: Invalid argument",
            CreatedAt = At.AddMinutes(6),
            FinishedAt = At.AddMinutes(7),
            ParentJobId = compose.Id,
        };
        db.Jobs.AddRange(speech, compose, previews);

        db.EpisodeRenders.Add(new EpisodeRender { JobId = compose.Id, EpisodeId = episode.Id, CreatedAt = compose.CreatedAt });
        db.JobMetrics.Add(new JobMetric { Kind = TtsJobHandler.JobKind, Stage = "synthesize", Outcome = "succeeded", Count = 12, TotalMs = 9_480, MaxMs = 1_730 });
        db.JobMetrics.Add(new JobMetric { Kind = EpisodeComposer.JobKind, Stage = "total", Outcome = "failed", Count = 1, TotalMs = 61_002, MaxMs = 61_002 });
        db.AudioCache.Add(new AudioCacheEntry
        {
            Key = "c0ffee00112233445566778899aabbccddeeff00112233445566778899aabbcc",
            Engine = "espeak-ng",
            RelativePath = "c0/c0ffee00112233445566778899aabbccddeeff00112233445566778899aabbcc",
            Bytes = 211_244,
            DurationSeconds = 2.39,
            IntegratedLufs = -16.1,
            TruePeakDb = -1.6,
            LoudnessRange = 3.2,
            CreatedAt = At,
            LastUsedAt = At.AddHours(1),
        });
        db.SpeechResults.Add(new SpeechResult
        {
            JobId = speech.Id,
            Text = "Buenos días desde la Plaza Mayor.",
            VoiceId = lucia.Id,
            Engine = "espeak-ng",
            Format = SpeechFormats.Wav,
            DurationSeconds = 2.39,
            IntegratedLufs = -16.0,
            TruePeakDb = -1.5,
            LoudnessRange = 3.1,
            CacheHits = 0,
            CacheMisses = 1,
            CreatedAt = At.AddSeconds(4),
        });
        db.WebhookDeliveries.Add(new WebhookDelivery
        {
            Id = "019ad3f6ee059f6a2b7c8d9eafb0c1d2",
            ApiKeyId = key.Id,
            JobId = speech.Id,
            Url = key.WebhookUrl!,
            State = WebhookDelivery.Delivered,
            Attempts = 2,
            LastStatusCode = 204,
            LastError = "first try: 503 Service Unavailable",
            CreatedAt = At.AddSeconds(4),
            DeliveredAt = At.AddSeconds(40),
        });
    }
}
