using GenScene.Studio.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenScene.Studio.Data;

public static class DataModule
{
    public static T AddStudioDatabase<T>(this T builder) where T : IHostApplicationBuilder
    {
        builder.Services.AddStudioDatabase();
        return builder;
    }

    /// <summary>The context factory on data/studio.db, every connection with <see cref="SqlitePragmas"/>.</summary>
    public static IServiceCollection AddStudioDatabase(this IServiceCollection services)
    {
        services.AddSingleton<SqlitePragmaInterceptor>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<QueryTimings>();
        // Pooled: a request that reads one row should not pay for building a context (GET /api/jobs/{id}).
        services.AddPooledDbContextFactory<StudioDbContext>((provider, options) => options
            .UseSqlite(ConnectionString(provider.GetRequiredService<StoragePaths>().Database))
            .AddInterceptors(provider.GetRequiredService<SqlitePragmaInterceptor>(), provider.GetRequiredService<QueryTimings>()));
        services.AddSingleton<StudioMigrator>();
        services.AddSingleton<Versioning.EditNotifier>();
        return services;
    }

    public static string ConnectionString(string databaseFile) =>
        new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = true }.ToString();
}
