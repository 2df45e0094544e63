#!/usr/bin/env bash
# Slack load measurement: the real CareerBot binary (Release) in Socket Mode against the fake Slack's load tool.
# Usage:
#   tests/CareerBot.FakeSlack/load.sh [events=1000] [per-second=100] [channels=50] [port=5090]
#       issue #8's shape: envelopes at a steady rate; reports ack p50/p95/p99/max, replies delivered, duplicates,
#       429s (the fake enforces about 1 chat.postMessage per second per channel) and reply latency.
#   ACK_ONLY=1 tests/CareerBot.FakeSlack/load.sh …   control run: same envelopes, ignored by the bot (ack path only)
#   tests/CareerBot.FakeSlack/load.sh throughput [events=3000] [in-flight=200] [port=5090]
#       events answered per second with a bounded number in flight.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ "${1:-}" == throughput ]]; then
  shift
  port=${3:-5090}; load=(--load "${1:-3000}" --warmup 500 --in-flight "${2:-200}")
else
  port=${4:-5090}; load=(--load "${1:-1000}" --rate "${2:-100}" --channels "${3:-50}" --members 200 --warmup 200)
  if [[ "${ACK_ONLY:-}" == 1 ]]; then load+=(--ack-only); fi
fi
dotnet build -c Release src/CareerBot >/dev/null
dotnet build -c Release tests/CareerBot.FakeSlack >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
tests/CareerBot.FakeSlack/bin/Release/net10.0/CareerBot.FakeSlack --port "$port" "${load[@]}" &
fake=$!
sleep 1.5
# The pipeline's per-member limit would answer most load events with silence; the load test measures the adapter.
Slack__ApiBaseUrl="http://127.0.0.1:$port/api/" Slack__BotToken=xoxb-fake-bot-token Slack__AppToken=xapp-fake-app-token \
  RateLimit__ExemptPlatforms__0=slack src/CareerBot/bin/Release/net10.0/CareerBot 2>/dev/null &
bot=$!
status=0
wait "$fake" || status=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
kill -TERM "$bot" 2>/dev/null || true
wait "$bot" 2>/dev/null || true
exit "$status"
