// Reading back the PDFs Houseful draws (pdf-lib): the text of every content stream, decoded.
import { inflateSync } from 'node:zlib';
import type { Api } from './api.ts';

export async function fetchPdf(api: Api, path: string, token: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const response = await fetch(api.base + path, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
}

/**
 * The strings drawn on the pages, in order, joined by newlines. Each stream is read by the /Length
 * its dictionary gives: compressed data may itself end in a byte that reads as part of the line
 * break before `endstream`, so where the data ends cannot be found by looking for that word.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts: string[] = [];
  for (const match of raw.matchAll(/\/Length (\d+)\b[^]*?>>\s*stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const data = Buffer.from(raw.slice(start, start + Number(match[1])), 'latin1');
    let content: string;
    try {
      content = inflateSync(data).toString('latin1');
    } catch {
      content = data.toString('latin1');
    }
    for (const text of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) parts.push(Buffer.from(text[1]!, 'hex').toString('latin1'));
    for (const text of content.matchAll(/\(((?:[^()\\]|\\.)*)\)\s*Tj/g)) parts.push(text[1]!);
  }
  return parts.join('\n');
}
