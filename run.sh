#!/usr/bin/env bash
# Starts GenScene Studio on http://127.0.0.1:5000 with its data in ./data.
#   ./run.sh [--urls URL] [--data-dir DIR] [any other setting, e.g. --GenScene:ShutdownTimeoutSeconds=60]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

urls="http://127.0.0.1:5000"
data_dir="$root/data"
passthrough=()
while (($# > 0)); do
  case "$1" in
    --urls) urls="$2"; shift 2 ;;
    --urls=*) urls="${1#*=}"; shift ;;
    --data-dir) data_dir="$(realpath -m "$2")"; shift 2 ;;
    --data-dir=*) data_dir="$(realpath -m "${1#*=}")"; shift ;;
    *) passthrough+=("$1"); shift ;;
  esac
done

scripts/setup.sh
dotnet build GenScene.Studio/GenScene.Studio.csproj -c Release -nologo -v quiet -clp:ErrorsOnly

# The content root is the project folder (appsettings.json); the data directory is absolute.
cd GenScene.Studio
exec bin/Release/net10.0/GenScene.Studio --urls "$urls" --data-dir "$data_dir" ${passthrough[@]+"${passthrough[@]}"}
