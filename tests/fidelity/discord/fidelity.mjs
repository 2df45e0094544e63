// Fidelity check of CareerBot's fake Discord: the real discord.js client must be able to use it.
// Usage: FAKE_DISCORD_URL=http://127.0.0.1:PORT [FAKE_DISCORD_TOKEN=fake-bot-token] node fidelity.mjs
// Without FAKE_DISCORD_URL it starts the fake itself with `dotnet run --project tests/CareerBot.FakeDiscord -- --port 0`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Client, Events, GatewayIntentBits } from 'discord.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const token = process.env.FAKE_DISCORD_TOKEN ?? 'fake-bot-token';
const deadline = setTimeout(() => fail('timed out after 60 s'), 60_000);
let fakeProcess;

function log(message) { console.log(`[fidelity] ${message}`); }
function fail(message) {
  console.error(`[fidelity] FAILED: ${message}`);
  fakeProcess?.kill();
  process.exit(1);
}

async function startFake() {
  if (process.env.FAKE_DISCORD_URL) return process.env.FAKE_DISCORD_URL;
  const project = path.resolve(here, '../../CareerBot.FakeDiscord');
  fakeProcess = spawn('dotnet', ['run', '--project', project, '--', '--port', '0', '--token', token], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    fakeProcess.stdout.on('data', chunk => {
      output += chunk;
      const match = output.match(/REST:\s+(http:\/\/127\.0\.0\.1:\d+)\/api\/v10/);
      if (match) resolve(match[1]);
    });
    fakeProcess.on('exit', code => reject(new Error(`the fake exited with ${code}`)));
  });
}

async function control(base, method, route, body) {
  const response = await fetch(`${base}/_fake${route}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}`);
  return response.status === 204 ? null : response.json().catch(() => null);
}

const base = await startFake();
log(`fake at ${base}`);
const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
  rest: { api: `${base}/api` },
});

const ready = new Promise(resolve => client.once(Events.ClientReady, resolve));
const received = new Promise(resolve => client.on(Events.MessageCreate, message => { if (!message.author.bot) resolve(message); }));
await client.login(token);
const me = await ready;
log(`READY as ${me.user.username} (${me.user.id}), guilds: ${client.guilds.cache.size}`);
if (client.guilds.cache.size < 1) fail('no guild after READY and GUILD_CREATE');

await control(base, 'POST', '/messages', { content: 'hello from the fidelity check' });
const message = await received;
log(`MESSAGE_CREATE in ${message.channelId}: "${message.content}"`);
if (message.content !== 'hello from the fidelity check') fail(`unexpected content "${message.content}"`);

const sent = await message.reply({ content: 'pong', allowedMentions: { parse: [], repliedUser: false } });
log(`sent message ${sent.id}`);
const stored = await control(base, 'GET', '/messages');
if (!stored.some(m => m.id === sent.id && m.content === 'pong' && m.message_reference?.message_id === message.id)) fail('the fake did not store the reply');

// A dropped connection must be resumed on the resume URL with the missed events replayed.
const resumed = new Promise(resolve => client.once(Events.ShardResume, resolve));
const afterDrop = new Promise(resolve => client.on(Events.MessageCreate, m => { if (m.content === 'sent while dropped') resolve(m); }));
await control(base, 'POST', '/drop');
await control(base, 'POST', '/messages', { content: 'sent while dropped' });
await resumed;
await afterDrop;
const gateway = await control(base, 'GET', '/gateway');
log(`resumed: identifies=${gateway.identifies} resumes=${gateway.resumes}`);
if (gateway.resumes < 1 || gateway.identifies !== 1) fail('discord.js did not RESUME after the drop');

await client.destroy();
clearTimeout(deadline);
fakeProcess?.kill();
log('OK: discord.js logged in, received READY and MESSAGE_CREATE, sent a reply, and resumed after a drop');
process.exit(0);
