#!/usr/bin/env bash
# Slack load measurement: the real CareerBot binary (Release) in Socket Mode against the fake Slack's load tool.
# Usage: tests/CareerBot.FakeSlack/load.sh [events=3000] [in-flight=200] [port=5090]
# Prints events answered per second and envelope ack latency p50/p99/max as measured by the fake.
set -euo pipefail
cd "$(dirname "$0")/../.."
events=${1:-3000}; inflight=${2:-200}; port=${3:-5090}
dotnet build -c Release src/CareerBot >/dev/null
dotnet build -c Release tests/CareerBot.FakeSlack >/dev/null
tests/CareerBot.FakeSlack/bin/Release/net10.0/CareerBot.FakeSlack --port "$port" --load "$events" --warmup 500 --in-flight "$inflight" &
fake=$!
sleep 1.5
# The pipeline's per-member limit would answer most load events with silence; the load test measures the adapter.
Slack__ApiBaseUrl="http://127.0.0.1:$port/api/" Slack__BotToken=xoxb-fake-bot-token Slack__AppToken=xapp-fake-app-token \
  RateLimit__ExemptPlatforms__0=slack src/CareerBot/bin/Release/net10.0/CareerBot 2>/dev/null &
bot=$!
status=0
wait "$fake" || status=$?
kill -TERM "$bot" 2>/dev/null || true
wait "$bot" 2>/dev/null || true
exit "$status"
