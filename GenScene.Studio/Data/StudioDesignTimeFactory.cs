using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GenScene.Studio.Data;

/// <summary>
/// What "dotnet tool run dotnet-ef migrations add" builds the model with: the studio's context on a
/// throw-away file name. Adding a migration never opens it; the studio itself migrates at start.
/// </summary>
public sealed class StudioDesignTimeFactory : IDesignTimeDbContextFactory<StudioDbContext>
{
    public StudioDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<StudioDbContext>()
            .UseSqlite(DataModule.ConnectionString("design-time.db"))
            .Options);
}
