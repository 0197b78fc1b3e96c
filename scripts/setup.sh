#!/usr/bin/env bash
# Installs what the studio needs and skips what is already there, so a second run takes a moment.
#   scripts/setup.sh              ffmpeg, espeak-ng, fonts; checks the .NET SDK; restores the local
#                                 .NET tools (dotnet-ef, .config/dotnet-tools.json)
#   scripts/setup.sh --browser    the same plus Debian's Chromium, for the browser tests
#   scripts/setup.sh --bench      the same plus wrk, the HTTP load tool the benchmarks drive
set -euo pipefail

packages=(ffmpeg espeak-ng fonts-dejavu-core ca-certificates)
for option in "$@"; do
  case "$option" in
    --browser) packages+=(chromium) ;;
    --bench) packages+=(wrk) ;;
  esac
done

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} > 0)); then
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET SDK (10.0.100 or later, with the .NET 10 runtime) is not on PATH; install it and run again." >&2
  exit 1
fi

# dotnet-ef for "dotnet tool run dotnet-ef migrations add ..." (ADR 0015). A restore that finds every
# tool in the NuGet cache is quick and says nothing. Building, running and testing do not need the tool,
# so a failed restore is reported and setup goes on.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! restore_output=$(cd "$root" && dotnet tool restore 2>&1); then
  echo "$restore_output" >&2
  echo "setup: 'dotnet tool restore' failed; dotnet-ef (adding migrations) is unavailable until it succeeds." >&2
fi
