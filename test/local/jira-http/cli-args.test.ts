import { parseArgs } from '../../../local/jira-http/main';

describe('the jira-http CLI arguments', () => {
  it('defaults to port 8081 on 127.0.0.1', () => {
    expect(parseArgs([])).toEqual({ port: 8081, host: '127.0.0.1' });
  });

  it('takes --port and --host', () => {
    expect(parseArgs(['--port', '9000', '--host', 'localhost'])).toEqual({ port: 9000, host: 'localhost' });
  });

  it.each([[['--port']], [['--port', 'http']], [['--port', '70000']], [['--verbose']]])(
    'refuses %j with the usage line',
    (args) => {
      expect(() => parseArgs(args)).toThrow(/Usage: main.ts \[--port 8081\]/);
    },
  );
});
