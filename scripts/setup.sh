#!/usr/bin/env bash
# Installs what the studio needs and skips what is already there, so a second run takes a moment.
#   scripts/setup.sh              ffmpeg, espeak-ng, fonts; checks the .NET SDK; restores the local
#                                 .NET tools (dotnet-ef, .config/dotnet-tools.json)
#   scripts/setup.sh --browser    the same plus Debian's Chromium, for the browser tests
#   scripts/setup.sh --bench      the same plus wrk, the HTTP load tool the benchmarks drive
#   scripts/setup.sh --speech-tests  the same plus festival (an English voice) and pocketsphinx (offline
#                                 speech recognition), which the tests use to hear what was spoken
# Every run also installs pico2wave (libttspico-utils), the natural offline voices; Debian files it in
# its non-free section, which is switched on first (see enable_non_free below). Without it the studio
# still starts and speaks with espeak-ng.
set -euo pipefail

packages=(ffmpeg espeak-ng fonts-dejavu-core ca-certificates)
for option in "$@"; do
  case "$option" in
    --browser) packages+=(chromium) ;;
    --bench) packages+=(wrk) ;;
    --speech-tests) packages+=(festival festvox-us-slt-hts pocketsphinx pocketsphinx-en-us) ;;
  esac
done

sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# pico's lingware is Apache-2.0 but Debian files it in non-free (no source for the voice data). The
# machine's own apt source file (deb822) gets the contrib and non-free components beside main; its
# address lines are left exactly as they are.
enable_non_free() {
  local file=/etc/apt/sources.list.d/debian.sources
  if [[ ! -f $file ]]; then
    echo "setup: $file is not there, so Debian's non-free section (pico voices) cannot be switched on; the studio speaks with espeak-ng." >&2
    return 1
  fi
  if grep -qE '^Components:.*non-free( |$)' "$file"; then return 0; fi
  echo "setup: enabling Debian's contrib and non-free components in $file for the pico voices (libttspico-utils)"
  $sudo sed -i -E 's/^Components: main$/Components: main contrib non-free/' "$file"
}

missing=()
for package in "${packages[@]}"; do
  if ! installed "$package"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} > 0)); then
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# pico is wanted, not required: a failure here is said and setup goes on.
if ! installed libttspico-utils; then
  if enable_non_free && $sudo apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends libttspico-utils >/dev/null; then
    echo "setup: installed libttspico-utils (pico voices)"
  else
    echo "setup: libttspico-utils could not be installed; the studio speaks with espeak-ng and /health says pico is missing." >&2
  fi
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
