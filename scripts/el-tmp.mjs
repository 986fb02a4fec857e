import { chromium } from '@playwright/test';
const [url, selector, out, width='360', theme='dark'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 740 }, colorScheme: theme });
await p.goto(url);
await p.locator(selector).first().screenshot({ path: out });
await b.close();
