import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('npm run demo', () => {
  it('walks the design sketch’s example through the HTTP API on a throwaway database', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], {
      cwd: fileURLToPath(new URL('../', import.meta.url)),
      timeout: 90_000,
    });
    expect(stdout).toContain('  Inception (English)');
    expect(stdout).toContain('Show(Inception at 18:30 - 50/50 seats)');
    expect(stdout).toMatch(/Booking\(bkg_.*user_123 - Inception - 3 seats - ₹750\.00 - pending\)/);
    expect(stdout).toContain('Result: FAILED - seats already locked (HTTP 409');
    expect(stdout).toContain('Payment: Success');
    expect(stdout).toContain('47 seats available (was 50)');
    expect(stdout).toContain('Refunding ₹750.00 to credit card');
    expect(stdout).toContain('50 seats available after cancellation');
  });
});
