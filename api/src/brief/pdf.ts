import { launchChromium } from './chromium.js';
import { esc } from './escape.js';

export interface PdfFooter {
  /** Left part of the footer (network id, confidentiality). */
  text: string;
  page: string;
  of: string;
}

/**
 * Prints a self-contained HTML document to an A4 PDF in a fresh headless chromium. The page
 * runs without JavaScript and every network request is refused: the document carries
 * personal data and needs nothing from outside.
 */
export async function htmlToPdf(html: string, footer: PdfFooter): Promise<Buffer> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-family: 'DejaVu Sans', sans-serif; font-size: 7px; color: #64748b; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;"><span>${esc(
        footer.text,
      )}</span><span>${esc(footer.page)} <span class="pageNumber"></span> ${esc(footer.of)} <span class="totalPages"></span></span></div>`,
    });
  } finally {
    await browser.close();
  }
}
