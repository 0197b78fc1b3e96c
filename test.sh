#!/usr/bin/env bash
# Runs every test: unit, API (WebApplicationFactory) and browser (Playwright driving Debian's Chromium).
#   ./test.sh [any dotnet test argument, e.g. --filter FullyQualifiedName~Health]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

scripts/setup.sh --browser --speech-tests
dotnet build GenScene.Studio.sln -c Debug -nologo -v quiet -clp:ErrorsOnly

results="$root/GenScene.Studio.Tests/TestResults"
rm -rf "$results"
status=0
dotnet test GenScene.Studio.sln -c Debug --no-build --nologo \
  --logger "console;verbosity=normal" --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@" || status=$?

# One plain closing line with the counts, read from the results file.
if [[ -f "$results/results.trx" ]]; then
  counters=$(grep -o '<Counters [^>]*>' "$results/results.trx" | head -n 1)
  count() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  # CI keeps only the tail of the output, so name each failed test (and its first message line) just above the counts.
  python3 - "$results/results.trx" <<'PY' || true
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for r in ET.parse(sys.argv[1]).getroot().iterfind(".//t:UnitTestResult", ns):
    if r.get("outcome") == "Failed":
        msg = r.find(".//t:Message", ns)
        first = (msg.text or "").strip().splitlines()[0][:400] if msg is not None and msg.text else ""
        print(f"FAILED {r.get('testName')}: {first}")
PY
  echo "$(count passed) passed, $(count failed) failed, $(count notExecuted) skipped"
fi
exit $status
