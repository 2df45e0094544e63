// Fidelity check of CareerBot's fake Slack: the official @slack/socket-mode and @slack/web-api clients, pointed at the
// fake, must connect (start() resolves only on hello), receive and ack an event, post in a thread, survive a 429,
// upload a file with uploadV2 (multipart), open a modal from a slash command's trigger_id, ack a view_submission with
// field errors, and reconnect after a refresh_requested disconnect.
// Usage: node fidelity.mjs http://127.0.0.1:PORT/   (exits 0 when every step worked)
import { SocketModeClient, LogLevel } from '@slack/socket-mode';
import { WebClient } from '@slack/web-api';

const base = process.argv[2];
if (!base) { console.error('usage: node fidelity.mjs http://127.0.0.1:PORT/'); process.exit(2); }
const apiUrl = new URL('api/', base).toString();
const botToken = process.env.FAKE_BOT_TOKEN ?? 'xoxb-fake-bot-token';
const appToken = process.env.FAKE_APP_TOKEN ?? 'xapp-fake-app-token';

const step = (name) => console.log(`ok - ${name}`);
const within = (promise, ms, what) => Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms))]);
const control = async (path, body) => {
  const response = await fetch(new URL(path, base), { method: 'POST', headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json();
};
const inspect = async (path) => (await fetch(new URL(path, base))).json();

const web = new WebClient(botToken, { slackApiUrl: apiUrl, retryConfig: { retries: 2, factor: 1, minTimeout: 100, maxTimeout: 200 } });
const socket = new SocketModeClient({ appToken, clientOptions: { slackApiUrl: apiUrl }, logLevel: LogLevel.ERROR });

const mentions = [];
let waiter = null;
socket.on('app_mention', async ({ event, ack, retry_num }) => {
  await ack();
  mentions.push({ event, retry_num });
  if (waiter) waiter();
});
const nextMention = (count) => within(new Promise((resolve) => { waiter = () => { if (mentions.length >= count) resolve(mentions[count - 1]); }; waiter(); }), 15000, `mention ${count}`);

try {
  const auth = await web.auth.test();
  if (auth.user_id !== 'UCAREERBOT') throw new Error(`auth.test user_id ${auth.user_id}`);
  step('auth.test through @slack/web-api');

  const bad = new WebClient('xoxb-wrong', { slackApiUrl: apiUrl });
  const refused = await bad.auth.test().then(() => null, (e) => e);
  if (refused?.data?.error !== 'invalid_auth') throw new Error(`a wrong token gave ${refused?.data?.error ?? 'success'}`);
  step('wrong token → platform error invalid_auth');

  await within(socket.start(), 15000, 'socket.start()');
  step('socket.start() resolved on hello');

  await control('_fake/events', { type: 'app_mention', user: 'U0FIDELITY', channel: 'C0FIDELITY', ts: '1700000100.000100', text: '<@UCAREERBOT> hello' });
  const first = await nextMention(1);
  if (first.event.channel !== 'C0FIDELITY' || first.retry_num !== 0) throw new Error(`unexpected event ${JSON.stringify(first)}`);
  step('app_mention envelope received and acked');

  await control('_fake/ratelimit?method=chat.postMessage&count=1&retryAfter=1');
  const started = Date.now();
  const posted = await web.chat.postMessage({
    channel: first.event.channel, thread_ts: first.event.ts, text: 'fidelity reply',
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*fidelity* reply' } }],
  });
  if (!posted.ok || !posted.ts) throw new Error('chat.postMessage failed');
  if (Date.now() - started < 900) throw new Error('the client did not wait for Retry-After');
  step(`chat.postMessage in thread after a 429 (waited ${Date.now() - started} ms)`);

  const upload = await web.files.uploadV2({ channel_id: 'C0FIDELITY', thread_ts: first.event.ts, file: Buffer.from('PNGDATA-fidelity'), filename: 'chart.png', title: 'Chart' });
  if (!upload.ok) throw new Error('uploadV2 failed');
  const uploads = await inspect('_fake/uploads');
  if (!uploads.some((u) => u.completed && u.receivedLength === 16)) throw new Error(`upload not completed: ${JSON.stringify(uploads)}`);
  step('files.uploadV2 (get URL, multipart upload, complete)');

  const command = new Promise((resolve) => socket.once('slash_commands', async ({ body, ack }) => { await ack(); resolve(body); }));
  await control('_fake/commands', { command: '/kb', text: 'edit phd-value', user_id: 'U0FIDELITY', channel_id: 'C0FIDELITY' });
  const { trigger_id: trigger } = await within(command, 15000, 'the slash command');
  const modal = {
    type: 'modal', callback_id: 'kbedit:phd-value:0', private_metadata: 'C0FIDELITY', title: { type: 'plain_text', text: 'Edit answer' },
    blocks: [{ type: 'input', block_id: 'kb_answer', label: { type: 'plain_text', text: 'Answer' }, element: { type: 'plain_text_input', action_id: 'text', multiline: true, initial_value: 'old' } }],
  };
  const noSubmit = await web.views.open({ trigger_id: trigger, view: modal }).then(() => null, (e) => e);
  if (noSubmit?.data?.error !== 'invalid_arguments') throw new Error(`a modal without submit gave ${noSubmit?.data?.error ?? 'success'}`);
  const opened = await web.views.open({ trigger_id: trigger, view: { ...modal, submit: { type: 'plain_text', text: 'Save' } } });
  if (!opened.ok || !opened.view?.id) throw new Error('views.open failed');
  const reused = await web.views.open({ trigger_id: trigger, view: { ...modal, submit: { type: 'plain_text', text: 'Save' } } }).then(() => null, (e) => e);
  if (reused?.data?.error !== 'exchanged_trigger_id') throw new Error(`a reused trigger gave ${reused?.data?.error ?? 'success'}`);
  step('views.open: invalid_arguments without submit, ok with it, exchanged_trigger_id on reuse');

  const submitted = new Promise((resolve) => socket.once('interactive', async ({ body, ack }) => {
    await ack({ response_action: 'errors', errors: { kb_answer: 'stale version' } });
    resolve(body);
  }));
  await control(`_fake/views/${opened.view.id}/submit`, { value: 'new text' });
  const submission = await within(submitted, 15000, 'the view_submission');
  if (submission.type !== 'view_submission' || submission.view.state.values.kb_answer.text.value !== 'new text') throw new Error(`submission ${JSON.stringify(submission)}`);
  const outcomes = await within((async () => { for (;;) { const o = await inspect('_fake/view-submissions'); if (o.length) return o; await new Promise((r) => setTimeout(r, 50)); } })(), 5000, 'the recorded verdict');
  if (outcomes[0].responseAction !== 'errors' || outcomes[0].problem !== null || outcomes[0].errors.kb_answer !== 'stale version') throw new Error(`verdict ${JSON.stringify(outcomes)}`);
  step('view_submission envelope acked with response_action errors');

  const reconnected = new Promise((resolve) => socket.once('connected', resolve));
  await control('_fake/disconnect?reason=refresh_requested');
  await within(reconnected, 20000, 'reconnect after refresh_requested');
  await control('_fake/events', { type: 'app_mention', user: 'U0FIDELITY', channel: 'C0FIDELITY', ts: '1700000100.000200', text: '<@UCAREERBOT> again' });
  await nextMention(2);
  step('reconnected after refresh_requested and received the next event');

  const acks = await inspect('_fake/acks');
  if (acks.length < 2 || !acks.every((a) => a.onDeliveringSocket)) throw new Error(`acks: ${JSON.stringify(acks)}`);
  step(`${acks.length} acks, all on the delivering socket`);

  await socket.disconnect();
  console.log('fidelity: all steps passed');
  process.exit(0);
} catch (e) {
  console.error(`not ok - ${e.stack ?? e}`);
  process.exit(1);
}
