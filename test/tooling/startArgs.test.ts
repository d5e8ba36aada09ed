import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

const KNOWN =
  'known flags: --no-app --short-tokens --proxied --verbose --idp-fault=redirect-uri|down|wrong-secret|userinfo --guest-outside-development --help';

/** What dev/startArgs.mjs makes of `argv`, read by Node itself (the module is ESM). */
function parse(argv: string[]) {
  const result = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { parseStartArgs } from './dev/startArgs.mjs';
       console.log(JSON.stringify(parseStartArgs(JSON.parse(process.argv[1]))));`,
      JSON.stringify(argv),
    ],
    { cwd: root, encoding: 'utf8', timeout: 20_000 },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

const defaults = {
  app: true,
  shortTokens: false,
  proxied: false,
  verbose: false,
  guestOutsideDevelopment: false,
};

describe('npm start’s flags (dev/startArgs.mjs)', () => {
  it('starts everything with no flag', () => {
    expect(parse([])).toEqual({ options: defaults });
  });

  it('reads every flag', () => {
    expect(
      parse([
        '--no-app',
        '--short-tokens',
        '--proxied',
        '--verbose',
        '--guest-outside-development',
        '--idp-fault=wrong-secret',
      ]),
    ).toEqual({
      options: {
        app: false,
        shortTokens: true,
        proxied: true,
        verbose: true,
        guestOutsideDevelopment: true,
        idpFault: 'wrong-secret',
      },
    });
  });

  it('takes the fault after = or as the next argument', () => {
    expect(parse(['--idp-fault', 'userinfo'])).toEqual({
      options: { ...defaults, idpFault: 'userinfo' },
    });
  });

  it('refuses an unknown flag, a stray argument and a fault it does not know, in one line with every known flag', () => {
    expect(parse(['--proxied', '--bogus'])).toEqual({
      error: `unknown flag --bogus; ${KNOWN}`,
    });
    expect(parse(['proxied'])).toEqual({
      error: `unexpected argument proxied; ${KNOWN}`,
    });
    expect(parse(['--idp-fault=slow'])).toEqual({
      error: `unknown --idp-fault=slow: one of redirect-uri, down, wrong-secret, userinfo; ${KNOWN}`,
    });
    expect(parse(['--idp-fault']).error).toMatch(/--idp-fault.*missing/);
    expect(parse(['--proxied=yes']).error).toMatch(
      /--proxied.*does not take an argument/,
    );
  });

  it('asks for help', () => {
    expect(parse(['--verbose', '--help'])).toEqual({ help: true });
  });
});

describe('node dev/start.mjs', () => {
  const start = (...argv: string[]) =>
    spawnSync(process.execPath, ['dev/start.mjs', ...argv], {
      cwd: root,
      encoding: 'utf8',
      timeout: 20_000,
    });

  it('stops on an unknown flag with one error line and exit code 2, before starting anything', () => {
    const result = start('--proxy');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`start: unknown flag --proxy; ${KNOWN}\n`);
  });

  it('prints every flag for --help and exits 0', () => {
    const result = start('--help');
    expect(result.status).toBe(0);
    for (const flag of KNOWN.replace('known flags: ', '').split(' ')) {
      expect(result.stdout).toContain(`  ${flag}`);
    }
  });
});
