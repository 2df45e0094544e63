// Fidelity check of the fake Discord's IDENTIFY limit: real discord.js, which spaces its IDENTIFYs by max_concurrency per
// 5 s itself, must bring every shard up without one IDENTIFY refused by the fake.
// Usage: FAKE_DISCORD_URL=http://127.0.0.1:PORT [FAKE_DISCORD_TOKEN=fake-bot-token] SHARDS=4 node identify-limit.mjs
import { Client, Events, GatewayIntentBits } from 'discord.js';

const base = process.env.FAKE_DISCORD_URL;
const token = process.env.FAKE_DISCORD_TOKEN ?? 'fake-bot-token';
const shardCount = Number(process.env.SHARDS ?? '4');
const deadline = setTimeout(() => fail('timed out after 60 s'), 60_000);

function log(message) { console.log(`[identify-limit] ${message}`); }
function fail(message) {
  console.error(`[identify-limit] FAILED: ${message}`);
  process.exit(1);
}

if (!base) fail('set FAKE_DISCORD_URL to the fake started with --shards and --max-concurrency');
const client = new Client({
  intents: [GatewayIntentBits.Guilds],
  shards: [...Array(shardCount).keys()],
  shardCount,
  rest: { api: `${base}/api` },
});
const ready = new Promise(resolve => client.once(Events.ClientReady, resolve));
const started = Date.now();
await client.login(token);
await ready;
const gateway = await (await fetch(`${base}/_fake/gateway`)).json();
log(`${shardCount} shards READY in ${((Date.now() - started) / 1000).toFixed(1)} s; the fake saw ${gateway.identifies} IDENTIFYs, ${gateway.identifies_rate_limited} refused`);
if (gateway.identifies_rate_limited !== 0) fail('the fake refused an IDENTIFY that discord.js spaced as Discord asks');
if (gateway.identifies !== shardCount) fail(`expected ${shardCount} IDENTIFYs`);
clearTimeout(deadline);
await client.destroy();
console.log(`OK: discord.js identified ${shardCount} shards within the fake's IDENTIFY limit`);
process.exit(0);
