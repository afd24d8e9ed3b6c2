#!/usr/bin/env bash
# Issue 11: what FHIR costs a TargetQuery user, as whole processes side by side (JIT build, Release): export of the
# whole catalogue as FHIR against the JSON export, and assess of the same actuals as a FHIR Bundle against CSV.
# Rounds alternate the commands, so load changes reach both alike; medians of wall time and peak RSS, and ratios.
#   benchmarks/scripts/fhir-export.sh [rounds]   (from anywhere; writes benchmarks/results/fhir/fhir-export-<time>.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-15}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet publish samples/TargetQuery -c Release -p:PublishAot=false -o "$work/jit" > "$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }
tq="$work/jit/TargetQuery"

# The same 2020 actuals of Cixi as CSV and as a FHIR Bundle of MeasureReports (taken from the catalogue's own
# reported values would be circular; these are the plan's 2020 targets' numbers).
"$tq" export --format fhir --plan cixi-2016-2020 > "$work/cixi.fhir.json"
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
bundle = json.load(open(f"{work}/cixi.fhir.json", encoding="utf-8"))
# A Measure's canonical by its identifier (plan/indicator): long ids are shortened, so take the URL as written.
measures = {e["resource"]["identifier"][0]["value"]: e["resource"]["url"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Measure"}
rows, reports = [], []
for entry in bundle["entry"]:
    goal = entry["resource"]
    if goal["resourceType"] != "Goal" or goal["target"][0].get("dueDate") != "2020-12-31" or any(x["url"].endswith("/scope") or x["url"].endswith("/target-previous-period") for x in goal.get("extension", [])):
        continue
    detail = goal["target"][0].get("detailQuantity") or goal["target"][0].get("detailRange", {}).get("low") or goal["target"][0].get("detailRange", {}).get("high")
    if not detail:
        continue
    code = goal["target"][0]["measure"]["coding"][0]["code"]
    plan, indicator = code.split("/")
    if any(r[0] == indicator for r in rows):
        continue
    rows.append((indicator, detail["value"]))
    reports.append({"resource": {"resourceType": "MeasureReport", "status": "complete", "type": "summary",
        "measure": measures[code],
        "period": {"start": "2020-01-01", "end": "2020-12-31"},
        "group": [{"measureScore": {k: detail[k] for k in ("value", "system", "code") if k in detail}}]}})
with open(f"{work}/actuals.csv", "w", encoding="utf-8") as f:
    f.write("indicator,year,value,unit\n")
    for (indicator, value), report in zip(rows, reports):
        score = report["resource"]["group"][0]["measureScore"]
        f.write(f"{indicator},2020,{value},{score['code']}\n")
json.dump({"resourceType": "Bundle", "type": "collection", "entry": reports}, open(f"{work}/actuals.json", "w", encoding="utf-8"), ensure_ascii=False)
print(f"actuals: {len(rows)} values of cixi-2016-2020 for 2020")
PY

python3 - "$work" "$rounds" <<'PY'
import os, platform, statistics, subprocess, sys, time, datetime
work, rounds = sys.argv[1], int(sys.argv[2])
tq = f"{work}/jit/TargetQuery"
commands = {
    "export --format json": [tq, "export", "--format", "json"],
    "export --format fhir": [tq, "export", "--format", "fhir"],
    "assess, CSV actuals": [tq, "assess", "cixi-2016-2020", "--actuals", f"{work}/actuals.csv", "--format", "json"],
    "assess, FHIR actuals": [tq, "assess", "cixi-2016-2020", "--actuals", f"{work}/actuals.json", "--format", "json"],
}
def run(argv):
    start = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M", *argv], capture_output=True)
    wall = time.perf_counter() - start
    rss = int(p.stderr.decode().strip().splitlines()[-1])
    return p.returncode, len(p.stdout), wall, rss
# The two assess commands give the same verdicts (the tests check it); here only their cost is measured.
results = {name: [] for name in commands}
loads = [os.getloadavg()[0]]
for name, argv in commands.items():
    run(argv)  # warm the file cache
for _ in range(rounds):
    for name, argv in commands.items():
        results[name].append(run(argv))
    loads.append(os.getloadavg()[0])
stamp = datetime.datetime.now(datetime.timezone.utc)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
mem = int(next(l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal"))) / 1024 / 1024
dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip()
lines = [
    f"# FHIR in TargetQuery, whole processes ({stamp:%Y-%m-%d %H:%M} UTC)", "",
    f"Machine: {cpu}, {os.cpu_count()} logical cores, {mem:.1f} GiB; {platform.system()} {platform.release()}; .NET SDK {dotnet}; "
    f"TargetQuery JIT build (Release), {rounds} rounds, commands alternating within each round; 1-minute load average "
    f"{min(loads):.2f}–{max(loads):.2f}. Script: `benchmarks/scripts/fhir-export.sh {rounds}`.", "",
    "| command | exit | stdout bytes | median wall (ms) | min–max (ms) | median peak RSS (MB) | wall ratio | RSS ratio |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
]
pairs = {"export --format fhir": "export --format json", "assess, FHIR actuals": "assess, CSV actuals"}
for name, samples in results.items():
    walls = [s[2] * 1000 for s in samples]
    rss = [s[3] / 1024 for s in samples]
    base = pairs.get(name)
    ratio_wall = ratio_rss = "1 (baseline)" if base is None else None
    if base is not None:
        ratio_wall = f"{statistics.median(walls) / statistics.median([s[2] * 1000 for s in results[base]]):.2f}"
        ratio_rss = f"{statistics.median(rss) / statistics.median([s[3] / 1024 for s in results[base]]):.2f}"
    lines.append(f"| `{name}` | {samples[0][0]} | {samples[0][1]} | {statistics.median(walls):.0f} | {min(walls):.0f}–{max(walls):.0f} | "
                 f"{statistics.median(rss):.1f} | {ratio_wall} | {ratio_rss} |")
out = f"benchmarks/results/fhir/fhir-export-{stamp:%Y%m%d-%H%M}.md"
open(out, "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
print(f"written: {out}")
PY
