#!/usr/bin/env bash
# Start-up, sign-in and board benchmark of the real desk window (issue 2's figures in README).
# Starts the desk with -Dcrisisdesk.startupProbe=true, waits for its first screen, signs in as the
# preselected demo operator (PIN 246810) and waits until the board shows its open cases, then types
# one letter into the board's search field and deletes it again; prints the probe's marks (ms since
# JVM start, process CPU ms, resident kB): "board" and "filtered N" are printed once the frame that
# shows them has been drawn (N = open cases shown). Needs X (run under xvfb-run) and
# xdotool. Usage:
#   xvfb-run -a -s "-screen 0 1600x1000x24" src/bench/sh/desk-probe.sh DATA_DIR [RUNS] -- LAUNCHER...
# LAUNCHER: e.g.  target/dist/CrisisDesk/bin/CrisisDesk   or   java -XX:+UseSerialGC -jar target/crisis-desk.jar
# The data folder needs the demo operators: `... --data-dir DIR demo`, then BoardBenchmark --dir DIR for 50,000 cases.
set -euo pipefail
dir=$1; shift
runs=3
if [[ "${1:-}" != "--" ]]; then runs=$1; shift; fi
[[ "${1:-}" == "--" ]] && shift
out=$(mktemp)
for ((r = 1; r <= runs; r++)); do
  JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:-} -Dcrisisdesk.startupProbe=true" "$@" --data-dir "$dir" >"$out" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do grep -q "probe first-screen" "$out" && break; sleep 0.1; done
  sleep "${PIN_DELAY:-3}" # a person reads the screen; the PIN hash warms up meanwhile
  xdotool type --delay 20 246810
  xdotool key Return
  for _ in $(seq 1 600); do grep -q "probe board" "$out" && break; sleep 0.1; done
  # the text filter: one letter that matches no case (the columns empty), then Backspace (all back)
  sleep 1
  xdotool key ctrl+f
  xdotool type x
  for _ in $(seq 1 100); do [[ $(grep -c "probe filtered" "$out") -ge 1 ]] && break; sleep 0.1; done
  sleep 0.5
  xdotool key BackSpace
  for _ in $(seq 1 100); do [[ $(grep -c "probe filtered" "$out") -ge 2 ]] && break; sleep 0.1; done
  echo "run $r: $(grep -o 'startup-probe .*' "$out" | sed 's/startup-probe //' | tr '\n' ' ')"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
rm -f "$out"
