using Microsoft.EntityFrameworkCore;

namespace GenScene.Studio.Data;

/// <summary>
/// The studio's one database. Each feature adds its entities through an IEntityTypeConfiguration in
/// its own folder; the schema itself comes from the numbered scripts in Data/Migrations.
/// </summary>
public sealed class StudioDbContext(DbContextOptions<StudioDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StudioDbContext).Assembly);
    }
}
