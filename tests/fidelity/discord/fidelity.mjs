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

// A reply with a file (as CareerBot attaches an offer's chart): multipart payload_json + files[0], named in attachments.
const withFile = await message.reply({ content: 'chart', files: [{ attachment: Buffer.from('not really a png'), name: 'offer-chart.png', description: 'Offer' }] });
const storedFile = (await control(base, 'GET', '/messages')).find(m => m.id === withFile.id);
if (storedFile?.attachments?.[0]?.filename !== 'offer-chart.png') fail(`the fake did not take discord.js's file upload: ${JSON.stringify(storedFile)}`);
log('reply with a file attached worked');

// Components: a message with a button, a click (MESSAGE_COMPONENT), a modal in answer (callback 9), its submission (MODAL_SUBMIT).
async function until(what, probe) {
  for (let i = 0; i < 200; i++) {
    const value = await probe();
    if (value) return value;
    await new Promise(r => setTimeout(r, 50));
  }
  fail(`timed out waiting for ${what}`);
}
const interactions = [];
client.on(Events.InteractionCreate, interaction => interactions.push(interaction));
const withButton = await message.channel.send({
  content: 'Was this helpful?',
  components: [{ type: 1, components: [{ type: 2, style: 2, custom_id: 'rate:+:phd-value:q', label: 'Helpful', emoji: { name: '👍' } }] }],
});
const click = await control(base, 'POST', '/click', { message_id: withButton.id, custom_id: 'rate:+:phd-value:q' });
const button = await until('the button interaction', () => interactions.find(i => i.id === click.interaction_id));
if (!button.isButton() || button.customId !== 'rate:+:phd-value:q' || button.message.id !== withButton.id) fail('the click did not arrive as a button interaction on the message');
await button.showModal({
  custom_id: 'kbedit:phd-value:0', title: 'Edit phd-value (v0)',
  components: [{ type: 1, components: [{ type: 4, custom_id: 'body', style: 2, label: 'Answer (Markdown)', value: 'old text', max_length: 4000 }] }],
});
const opened = await control(base, 'GET', `/interactions/${click.interaction_id}`);
if (opened.callback_type !== 9 || opened.modal?.title !== 'Edit phd-value (v0)') fail(`the fake did not record the modal: ${JSON.stringify(opened)}`);
const submit = await control(base, 'POST', '/submit', { interaction_id: click.interaction_id, value: 'new text' });
const submitted = await until('the modal submission', () => interactions.find(i => i.id === submit.interaction_id));
if (!submitted.isModalSubmit() || submitted.customId !== 'kbedit:phd-value:0') fail('the submission did not arrive as a modal submit');
const value = submitted.fields.getTextInputValue('body');
await submitted.reply({ content: `saved: ${value}`, flags: 64 });
const answered = await control(base, 'GET', `/interactions/${submit.interaction_id}`);
if (answered.callback_type !== 4 || answered.content !== 'saved: new text' || answered.flags !== 64) fail(`unexpected modal answer ${JSON.stringify(answered)}`);
log('button click → modal → submit → ephemeral reply worked');

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
log('OK: discord.js logged in, received READY and MESSAGE_CREATE, sent a reply, handled a button click and a modal, and resumed after a drop');
process.exit(0);
