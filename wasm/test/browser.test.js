// A real browser: Debian's Chromium, driven by puppeteer-core, opens the demo page from a
// static server on loopback, types an invalid and then a valid email, and reads the
// messages the page shows. Every wait is bounded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { wasmDir } from './support.js';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };
const WAIT = { timeout: 15000 };

// Serves demo/ and pkg/ only: the page may use nothing but the package.
function serve() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const file = path.normalize(path.join(wasmDir, decodeURIComponent(url.pathname)));
    const allowed = ['demo', 'pkg'].some((dir) => file.startsWith(path.join(wasmDir, dir) + path.sep));
    try {
      if (!allowed) throw new Error('outside demo/ and pkg/');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('the demo form shows the server\'s messages as you type, in Chromium', { timeout: 90000 }, async () => {
  const server = await serve();
  const profile = await mkdtemp(path.join(tmpdir(), 'contactkit-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    timeout: 30000,
    protocolTimeout: 30000,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--user-data-dir=${profile}`,
    ],
  });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (err) => problems.push(String(err)));
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    page.setDefaultTimeout(WAIT.timeout);
    const { port } = server.address();
    await page.goto(`http://127.0.0.1:${port}/demo/index.html`, { waitUntil: 'load', ...WAIT });
    await page.waitForFunction(() => document.body.dataset.ready === 'yes', WAIT);

    const message = (id) => page.$eval(`#${id}-message`, (el) => el.textContent);
    const waitMessage = (id, text) =>
      page.waitForFunction((id, text) => document.getElementById(`${id}-message`).textContent === text, WAIT, id, text)
        .catch(async () => assert.fail(`#${id}-message is ${JSON.stringify(await message(id))}, want ${JSON.stringify(text)}`));

    await page.type('#email', 'jan.novak@', { delay: 5 });
    await waitMessage('email', '"email" must be a valid email');
    assert.equal(await page.$eval('#email-message', (el) => el.className), 'message bad');

    await page.$eval('#email', (el) => { el.value = ''; });
    await page.type('#email', 'Jan.Novak@Example.COM', { delay: 5 });
    // Valid, but the names are still missing: the email is fine, the form is not.
    await waitMessage('email', '✓');
    await page.type('#firstName', 'Jan', { delay: 5 });
    await page.type('#lastName', 'Novák', { delay: 5 });
    // The whole entry is valid now: the page shows what the server would store.
    await waitMessage('email', '✓ jan.novak@example.com');

    await page.select('#region', 'CZ');
    await page.type('#phoneNumber', '777 123 456', { delay: 5 });
    await waitMessage('phoneNumber', '✓ +420 777123456');
    await page.$eval('#phoneNumber', (el) => { el.value = ''; });
    await page.type('#phoneNumber', '12', { delay: 5 });
    await waitMessage('phoneNumber', '"phoneNumber" must be a valid phone number');
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
});
