import type { BrowserContext, ConsoleMessage, Dialog, Page, Request } from 'playwright-core';

/** What a page did while a test looked at it. */
export interface PageRecord {
  /** Every URL the page requested (documents, scripts, styles, images, fetches). */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** alert/confirm/prompt/beforeunload dialogs that opened. */
  dialogs: string[];
}

declare global {
  interface Window {
    /** Content-Security-Policy violations seen by the page, recorded by `watchContext`. */
    __cspViolations?: string[];
  }
}

/**
 * Records CSP violations in every page of the context. Init scripts run outside the page's own
 * policy, so the recorder works on pages whose CSP forbids every inline script.
 */
export async function watchContext(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}: ${event.sample}`,
      );
    });
  });
}

/** A page's record, growing until `stop`. */
export interface PageWatch extends PageRecord {
  /** Stops recording: the page can go on to another URL, to be watched afresh. */
  stop(): void;
}

/**
 * Starts recording a page's requests, errors and dialogs; dialogs are dismissed so nothing hangs.
 * Tests visit many URLs in one page, watching each visit on its own: a new page costs Chromium a
 * renderer process, about three times the CPU of going to the next URL in the same one.
 */
export function watchPage(page: Page): PageWatch {
  const record: PageRecord = { requests: [], errors: [], dialogs: [] };
  const onRequest = (request: Request): void => {
    record.requests.push(request.url());
  };
  const onConsole = (message: ConsoleMessage): void => {
    if (message.type() === 'error') record.errors.push(message.text());
  };
  const onPageError = (error: Error): void => {
    record.errors.push(error.message);
  };
  const onDialog = (dialog: Dialog): void => {
    record.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  };
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('dialog', onDialog);
  return {
    ...record,
    stop: () => {
      page.off('request', onRequest);
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('dialog', onDialog);
    },
  };
}

/**
 * Opens a URL and waits for its load event, or, for pages whose scripts fetch more (search), until
 * the network has been quiet for half a second.
 */
export async function visit(page: Page, url: string, until: 'load' | 'networkidle' = 'load'): Promise<void> {
  const response = await page.goto(url, { waitUntil: until });
  if (response === null || !response.ok()) throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'}`);
}
