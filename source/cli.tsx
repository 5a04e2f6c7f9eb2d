import {homedir} from 'node:os';
import {Command, CommanderError, InvalidArgumentError} from 'commander';
import packageJson from '../package.json' with {type: 'json'};
import type {CommandIo, GlobalOptions} from './commands/command-io.js';
import {UserFacingError} from './errors.js';

const io: CommandIo = {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
	stdin: process.stdin,
	env: process.env,
	cwd: process.cwd(),
	homedir: homedir(),
	platform: process.platform,
	now: Date.now,
};

const program = new Command('musicterminal')
	.description('A keyboard-driven terminal controller for Spotify.')
	.version(packageJson.version)
	.option('--config <path>', 'use this config file instead of looking for one')
	.exitOverride()
	.showHelpAfterError('(run with --help for usage)');

const globalOptions = (): GlobalOptions => program.opts<GlobalOptions>();

program
	.command('init')
	.description('Ask for your Spotify app’s keys and write a config file.')
	.option('--force', 'replace an existing config file', false)
	.action(async (options: {force: boolean}) => {
		const {runInitCommand} = await import('./commands/init.js');
		await runInitCommand({...globalOptions(), ...options}, io);
	});

program
	.command('login')
	.description('Log in to Spotify in a browser and keep the login for playback.')
	.option('--no-browser', 'only print the address to open (for SSH and headless machines)')
	.action(async (options: {browser: boolean}) => {
		const {runLoginCommand} = await import('./commands/login.js');
		await runLoginCommand({...globalOptions(), ...options}, io);
	});

program
	.command('logout')
	.description('Forget the stored Spotify login.')
	.action(async () => {
		const {runLogoutCommand} = await import('./commands/logout.js');
		runLogoutCommand(io);
	});

program
	.command('status')
	.description('Show the config in use, the auth method and the state of the login.')
	.action(async () => {
		const {runStatusCommand} = await import('./commands/status.js');
		await runStatusCommand(globalOptions(), io);
	});

program
	.command('sandbox')
	.description(
		"Run a local stand-in for Spotify's accounts service and Web API, and print a config.yaml for it.",
	)
	.option('--port <port>', 'port on 127.0.0.1 to listen on (0 picks a free one)', parsePort, 8787)
	.action(async (options: {port: number}) => {
		const {runSandboxCommand} = await import('./commands/sandbox.js');
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
	// Readers of stdin (login's paste prompt) must not keep a finished command alive.
	process.stdin.destroy();
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
