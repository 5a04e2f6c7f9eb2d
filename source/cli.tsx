import {Command, CommanderError, InvalidArgumentError} from 'commander';
import packageJson from '../package.json' with {type: 'json'};
import {runSandboxCommand} from './commands/sandbox.js';
import {UserFacingError} from './errors.js';

const program = new Command('musicterminal')
	.description('A keyboard-driven terminal controller for Spotify.')
	.version(packageJson.version)
	.exitOverride()
	.showHelpAfterError('(run with --help for usage)');

program
	.command('sandbox')
	.description(
		"Run a local stand-in for Spotify's accounts service and Web API, and print a config.yaml for it.",
	)
	.option('--port <port>', 'port on 127.0.0.1 to listen on (0 picks a free one)', parsePort, 8787)
	.action(async (options: {port: number}) => {
		await runSandboxCommand(options);
	});

function parsePort(text: string): number {
	const port = Number(text);
	if (!/^\d+$/.test(text) || port > 65_535) {
		throw new InvalidArgumentError('a port is a whole number from 0 to 65535.');
	}

	return port;
}

try {
	await program.parseAsync(process.argv);
} catch (error) {
	if (error instanceof CommanderError) {
		// Commander has printed the message; help and version are not failures.
		process.exit(error.exitCode === 0 ? 0 : 2);
	}

	if (error instanceof UserFacingError) {
		process.stderr.write(`musicterminal: ${error.message}\n`);
		process.exit(1);
	}

	throw error;
}
