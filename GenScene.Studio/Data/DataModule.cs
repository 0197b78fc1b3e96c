using GenScene.Studio.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Data;

public static class DataModule
{
    public static WebApplicationBuilder AddStudioDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SqlitePragmaInterceptor>();
        builder.Services.AddDbContextFactory<StudioDbContext>((services, options) => options
            .UseSqlite(ConnectionString(services.GetRequiredService<StoragePaths>().Database))
            .AddInterceptors(services.GetRequiredService<SqlitePragmaInterceptor>()));
        builder.Services.AddSingleton<StudioMigrator>();
        return builder;
    }

    public static string ConnectionString(string databaseFile) =>
        new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = true }.ToString();
}
