# GenScene Studio container. It cannot be built on the development machines (no Docker engine there);
# see README, Notes.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig GenScene.Studio.sln ./
COPY GenScene.Studio/GenScene.Studio.csproj GenScene.Studio/
RUN dotnet restore GenScene.Studio/GenScene.Studio.csproj
COPY GenScene.Studio/ GenScene.Studio/
RUN dotnet publish GenScene.Studio/GenScene.Studio.csproj -c Release --no-restore -o /app

# Framework-dependent: the ASP.NET Core 10 runtime image runs it (ADR 0014).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg espeak-ng fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    GenScene__DataDirectory=/data
VOLUME ["/data"]
EXPOSE 8080
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=10s CMD ["/bin/sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health HTTP/1.0\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["./GenScene.Studio"]
