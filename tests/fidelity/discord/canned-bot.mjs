// The peer for CareerBot's cold-start CPU measurement (docs/PERFORMANCE.md, "Published bot, cold"): a discord.js bot that
// answers every mention with the same canned text, so only the client library's own cost is measured.
// Usage: FAKE_DISCORD_URL=http://127.0.0.1:5072 [FAKE_DISCORD_TOKEN=fake-bot-token] node canned-bot.mjs
import { Client, Events, GatewayIntentBits, Routes } from 'discord.js';

const base = process.env.FAKE_DISCORD_URL;
if (!base) {
  console.error('Set FAKE_DISCORD_URL to the fake Discord, e.g. http://127.0.0.1:5072');
  process.exit(2);
}
const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
  rest: { api: `${base}/api` },
});
// The raw event, not MessageCreate: the busy guild's 100 channels are not in GUILD_CREATE, and discord.js drops messages of
// channels it has not cached. discord.js still decodes and dispatches every event; the reply goes through its REST client
// (rate limits included) exactly as message.reply() would send it.
client.on(Events.Raw, async packet => {
  const message = packet.t === 'MESSAGE_CREATE' ? packet.d : null;
  if (!message || message.author?.bot || !message.mentions?.some(user => user.id === client.user.id)) return;
  try {
    await client.rest.post(Routes.channelMessages(message.channel_id), {
      body: {
        content: 'Short answer: not for most ML engineering jobs, but it helps for research.',
        message_reference: { message_id: message.id },
        allowed_mentions: { parse: [] },
      },
    });
  } catch (error) {
    console.error(`reply failed: ${error.message}`);
  }
});
client.once(Events.ClientReady, ready => console.log(`READY as ${ready.user.username}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { client.destroy(); process.exit(0); });
await client.login(process.env.FAKE_DISCORD_TOKEN ?? 'fake-bot-token');
