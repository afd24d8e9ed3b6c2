#!/usr/bin/env bash
# Issue 12: publish TargetQuery as a Native AOT executable (warnings counted), publish the JIT build and a bare
# hello world beside it, then run the benchmarks' targetquery-start command: the same output from both builds,
# byte for byte, and the native `show` against `dotnet hello.dll`, whole processes.
#   benchmarks/scripts/targetquery-native.sh [rounds] [keep-folder]   (from anywhere; results in benchmarks/results/targetquery/)
# With a keep-folder, the builds stay there; measure them again with the last command below.
# Run it when the machine is quiet (uptime): the report records the load, but times move with it.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-30}"
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
if [ -n "${2:-}" ]; then
  # A folder to keep the builds in, to measure them again later without publishing again.
  work="$(mkdir -p "$2" && cd "$2" && pwd)"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet publish samples/TargetQuery -c Release -r "$rid" -o "$work/native" > "$work/native.log" 2>&1 || { cat "$work/native.log"; exit 1; }
warnings="$(grep -cE 'warning (IL|CS|NETSDK)[0-9]+' "$work/native.log" || true)"
echo "Native AOT publish ($rid): $warnings trim/AOT/compiler warnings"
grep -E 'warning (IL|CS|NETSDK)[0-9]+' "$work/native.log" | sort -u || true
dotnet publish samples/TargetQuery -c Release -p:PublishAot=false -o "$work/jit" > "$work/jit.log" 2>&1 || { cat "$work/jit.log"; exit 1; }

mkdir -p "$work/hello"
cat > "$work/hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
</Project>
XML
echo 'Console.WriteLine("Hello, World!");' > "$work/hello/Program.cs"
dotnet publish "$work/hello/hello.csproj" -c Release -o "$work/hello/out" > "$work/hello.log" 2>&1 || { cat "$work/hello.log"; exit 1; }

dotnet build benchmarks/HealthPlan.Catalogue.Benchmarks -c Release > "$work/bench.log" 2>&1 || { cat "$work/bench.log"; exit 1; }
dotnet benchmarks/HealthPlan.Catalogue.Benchmarks/bin/Release/net10.0/HealthPlan.Catalogue.Benchmarks.dll targetquery-start \
  --native "$work/native/TargetQuery" --jit "$work/jit/TargetQuery" --hello "$work/hello/out/hello.dll" \
  --aot-warnings "$warnings" "$rounds" --out benchmarks/results/targetquery
echo "Native AOT publish warnings: $warnings"
