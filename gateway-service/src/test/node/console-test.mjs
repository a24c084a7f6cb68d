// Drives the web console in headless Chromium (Debian `chromium` + npm playwright-core).
// Usage: node console-test.mjs <gateway base URL> <platform API key>; prints one JSON line of what the page showed.
import { chromium } from 'playwright-core';

const [, , baseUrl, apiKey] = process.argv;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.setDefaultTimeout(150_000);

  // a loaded gateway answers some task lists late: every list after the first takes 1.5 s more, and a late list must
  // not replace the form being filled in (it did in CI: the submit was then blocked by the emptied required field)
  let taskLists = 0;
  await page.route('**/api/v1/*/tasks', async (route) => {
    if (taskLists++ > 0) await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });

  await page.goto(baseUrl + '/');
  await page.fill('#api-key', apiKey);
  await page.click('#signin-form button[type=submit]');
  await page.waitForSelector('#page-try:not([hidden])');
  const keyKept = await page.evaluate(() => sessionStorage.getItem('aigc.apiKey') !== null);

  await page.selectOption('#vertical', 'games');
  await page.waitForSelector('#task-form:not([aria-busy])', { state: 'attached' });
  await page.waitForSelector('#task option[value="quest"]', { state: 'attached' });
  await page.waitForSelector('input[name="theme"]');
  const requiredTheme = await page.getAttribute('input[name="theme"]', 'required');
  await page.fill('input[name="theme"]', 'haunted lighthouse');
  await page.selectOption('select[name="difficulty"]', 'hard');
  await page.fill('input[name="steps"]', '3');
  // longer than the late list's delay: the filled-in form must still be there
  await page.waitForTimeout(2000);
  await page.click('#submit');
  await page.waitForFunction(() => document.getElementById('job-status').textContent === 'COMPLETED');
  await page.waitForFunction(() => document.getElementById('job-details').textContent.includes('Cost'));
  const job = {
    id: await page.textContent('#job-id'),
    output: await page.textContent('#job-output'),
    details: await page.textContent('#job-details'),
    findings: await page.textContent('#job-findings tbody'),
  };

  await page.click('a[data-page="usage"]');
  await page.waitForSelector('#chart svg rect');
  const usage = {
    bars: await page.locator('#chart svg rect').count(),
    total: await page.textContent('#usage-total'),
    rows: await page.locator('#usage-table tbody tr').count(),
  };

  await page.click('#sign-out');
  await page.waitForSelector('#page-signin:not([hidden])');
  const keyGone = await page.evaluate(() => sessionStorage.getItem('aigc.apiKey') === null);
  console.log(JSON.stringify({ keyKept, requiredTheme: requiredTheme !== null, job, usage, keyGone, errors }));
} catch (error) {
  // what the page showed when a step timed out, for the test's failure message
  const pages = browser.contexts().flatMap((context) => context.pages());
  const shown = pages.length === 0 ? null : await pages[0].evaluate(() => ({
    job: document.getElementById('job-id')?.textContent,
    status: document.getElementById('job-status')?.textContent,
    details: document.getElementById('job-details')?.textContent,
    tryError: document.getElementById('try-error')?.textContent,
    busy: document.getElementById('task-form')?.getAttribute('aria-busy'),
    invalid: [...document.querySelectorAll('#task-form :invalid')].map((el) => el.name + ': ' + el.validationMessage),
  })).catch(() => null);
  console.error('page at failure: ' + JSON.stringify(shown));
  throw error;
} finally {
  await browser.close();
}
