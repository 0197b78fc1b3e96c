using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GenScene.Studio.Data;

/// <summary>
/// Times are stored as INTEGER Unix milliseconds: SQLite compares them natively, so "due before now"
/// and "lease expired" are index range scans, which EF's default TEXT mapping cannot offer.
/// </summary>
public sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.ToUnixTimeMilliseconds(),
    value => DateTimeOffset.FromUnixTimeMilliseconds(value));
