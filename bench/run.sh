#!/usr/bin/env bash
# Runs the benchmarks and prints their figures (Release build). Usage: bench/run.sh [jobs|page|tts|lexicon|compose|compose-10|compose-edit|compose-photos|styles|security|all]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scripts/setup.sh --browser --bench
dotnet build bench/GenScene.Bench/GenScene.Bench.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
exec bench/GenScene.Bench/bin/Release/net10.0/GenScene.Bench "${1:-all}"
