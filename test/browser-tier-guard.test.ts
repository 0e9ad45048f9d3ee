// Every browser test stays behind the browser tier's guard (test/e2e/support/browser-tier.ts), so
// `npm test` on a machine without Chromium skips them and says so, instead of failing. This reads
// the tests under test/e2e/ as source: in a file that launches a browser, every suite, test and
// hook at its top level must be `describe.runIf(browserTierRuns())` (or `skipIf(!browserTierRuns())`).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const E2E = path.resolve(import.meta.dirname, 'e2e');

/** A browser is launched: through the tests' own helper or playwright's. */
const LAUNCHES = /\blaunchBrowser\s*\(|\b(chromium|firefox|webkit)\s*\.\s*(launch\w*|connect\w*)\s*\(/;

/** What defines a suite, a test or a hook for vitest, at the start of a call's callee. */
const DEFINES = /^(describe|suite|it|test|bench|beforeAll|afterAll|beforeEach|afterEach)\b/;

/** Guarded: the suite or test runs only when the run found Chromium. */
const GUARDED =
  /^(describe|suite|it|test)(\.(only|concurrent|sequential|shuffle))*\.(runIf\(browserTierRuns\(\)\)|skipIf\(!browserTierRuns\(\)\))/;

/** The suites, tests and hooks at the top level of a test file that launches a browser, outside the guard, as "line: call". */
function unguardedBrowserTests(fileName: string, source: string): string[] {
  if (!LAUNCHES.test(source)) return [];
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const unguarded: string[] = [];
  for (const statement of file.statements) {
    if (!ts.isExpressionStatement(statement)) continue;
    let call = statement.expression;
    while (ts.isAwaitExpression(call)) call = call.expression;
    if (!ts.isCallExpression(call)) continue;
    const callee = call.expression.getText(file).replace(/\s+/g, '');
    if (!DEFINES.test(callee) || GUARDED.test(callee)) continue;
    const line = file.getLineAndCharacterOfPosition(statement.getStart(file)).line + 1;
    const title = call.arguments[0] && ts.isStringLiteralLike(call.arguments[0]) ? ` '${call.arguments[0].text}'` : '';
    unguarded.push(`${line}: ${callee}${title}`);
  }
  return unguarded;
}

async function testFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return testFiles(full);
      return Promise.resolve(entry.name.endsWith('.test.ts') ? [full] : []);
    }),
  );
  return nested.flat();
}

describe('the browser tier’s guard', () => {
  it('is around every suite, test and hook of every test under test/e2e/ that launches a browser', async () => {
    const files = await testFiles(E2E);
    expect(files.length).toBeGreaterThan(5);
    const unguarded: string[] = [];
    for (const file of files) {
      for (const where of unguardedBrowserTests(file, await readFile(file, 'utf8'))) {
        unguarded.push(`${path.relative(E2E, file)}:${where}`);
      }
    }
    expect(unguarded).toEqual([]);
  });

  it('finds a suite outside the guard, so the check above can fail', () => {
    const source = `
      import { launchBrowser } from './support/browser.ts';
      describe.runIf(browserTierRuns())('guarded', () => {
        beforeAll(async () => { await launchBrowser(); });
      });
      describe.skipIf(!browserTierRuns()).each([1, 2])('guarded too %i', () => {});
      describe('not guarded', () => {
        beforeAll(async () => { await launchBrowser(); });
      });
      it.each([1])('not guarded either %i', async () => {});
      beforeAll(() => undefined);
      describe.runIf(process.env.CI)('guarded by something else', () => {});
    `;
    expect(unguardedBrowserTests('sample.test.ts', source)).toEqual([
      "7: describe 'not guarded'",
      "10: it.each([1]) 'not guarded either %i'",
      '11: beforeAll',
      "12: describe.runIf(process.env.CI) 'guarded by something else'",
    ]);
    // A file that launches no browser needs no guard.
    expect(unguardedBrowserTests('plain.test.ts', "describe('no browser', () => {});")).toEqual([]);
  });
});
