// SMS through a webhook (SMS_WEBHOOK_URL): POST { to, text } as JSON; any 2xx counts as sent.
const SMS_TIMEOUT_MS = 10_000;

export class SmsRefused extends Error {
  constructor(
    readonly status: number,
    body: string,
  ) {
    super(`the SMS webhook answered ${status}: ${body.slice(0, 200)}`);
  }
  /** A 4xx other than 408/429 means the request itself is wrong: retrying will not help. */
  get permanent(): boolean {
    return this.status >= 400 && this.status < 500 && this.status !== 408 && this.status !== 429;
  }
}

export async function sendSms(webhookUrl: string, to: string, text: string): Promise<void> {
  const response = await fetch(webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ to, text }),
    signal: AbortSignal.timeout(SMS_TIMEOUT_MS),
  });
  if (!response.ok) throw new SmsRefused(response.status, await response.text().catch(() => ''));
  await response.body?.cancel();
}
