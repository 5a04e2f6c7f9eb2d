import {mkdir, writeFile} from 'node:fs/promises';
import {dirname, resolve} from 'node:path';
import {createInterface} from 'node:readline';
import {stringify} from 'yaml';
import {type AuthMethod, spotifyDefaults} from '../config/config.js';
import {defaultConfigPath} from '../config/find-config.js';
import {UserFacingError} from '../errors.js';
import {fileExists} from '../file-exists.js';
import {rememberClientSecret} from '../format/redact.js';
import {quoted} from '../format/terminal-text.js';
import type {CommandIo, GlobalOptions} from './command-io.js';

export type InitCommandOptions = GlobalOptions & {readonly force: boolean};

/** `musicterminal init`: asks for the app's keys, writes config.yaml (0600) and says what to register. */
export async function runInitCommand(options: InitCommandOptions, io: CommandIo): Promise<void> {
	const path = resolve(io.cwd, options.config ?? defaultConfigPath(io));
	if (!options.force && (await fileExists(path))) {
		throw new UserFacingError(
			`${path} already exists: edit it, or run \`musicterminal init --force\` to replace it.`,
		);
	}

	const lines = createInterface({input: io.stdin, terminal: false});
	// The iterator keeps lines that arrive before their question, as when answers are piped in.
	const prompt = lines[Symbol.asyncIterator]();
	try {
		io.stdout(
			'musicterminal needs a Spotify app of your own. Create one at https://developer.spotify.com/dashboard\n' +
				'(tick "Web API"), then copy its client ID here.\n\n',
		);
		const clientId = await askUntil(prompt, io, 'Client ID: ', clientIdProblem);
		const clientSecret = await ask(
			prompt,
			io,
			'Client secret (optional: press Enter to log in with PKCE and keep no secret): ',
		);
		rememberClientSecret(clientId, clientSecret === '' ? undefined : clientSecret);
		const authMethod = await askUntil(
			prompt,
			io,
			'Auth method: 1 = log in and control playback (AUTHORIZATION_CODE), 2 = browse only (CLIENT_CREDENTIALS) [1]: ',
			(answer) => {
				if (!['', '1', '2'].includes(answer)) {
					return 'Answer 1 or 2.';
				}

				return answer === '2' && clientSecret === ''
					? 'Browsing without a login (2) needs the client secret: run init again and give it, or choose 1.'
					: undefined;
			},
		);
		const method: AuthMethod = authMethod === '2' ? 'CLIENT_CREDENTIALS' : 'AUTHORIZATION_CODE';
		await writeConfig(path, {clientId, clientSecret, method});
		io.stdout(nextSteps(path, method));
	} finally {
		lines.close();
	}
}

async function writeConfig(
	path: string,
	{clientId, clientSecret, method}: {clientId: string; clientSecret: string; method: AuthMethod},
): Promise<void> {
	const config = {
		client_id: clientId,
		...(clientSecret === '' ? {} : {client_secret: clientSecret}),
		access_token_url: spotifyDefaults.accessTokenUrl,
		auth_url: spotifyDefaults.authUrl,
		api_version: spotifyDefaults.apiVersion,
		api_url: spotifyDefaults.apiUrl,
		auth_method: method,
		redirect_uri: spotifyDefaults.redirectUri,
	};
	await mkdir(dirname(path), {recursive: true});
	await writeFile(
		path,
		`# Written by musicterminal init. \`musicterminal doctor\` checks it; musicterminal's README describes every key, under Configuration.\n${stringify(config)}`,
		{
			mode: 0o600,
		},
	);
}

function nextSteps(path: string, method: AuthMethod): string {
	const steps =
		method === 'AUTHORIZATION_CODE'
			? [
					'In the dashboard, open your app, then Edit settings.',
					`Under Redirect URIs add exactly ${spotifyDefaults.redirectUri} and save. Spotify refuses "localhost";\n` +
						'   over plain http it allows only the loopback address 127.0.0.1.',
					'If someone else will log in with this app, add them under User Management (up to five users).',
					'Run `musicterminal login`.',
				]
			: ['Run `musicterminal search <artist>` to browse the catalog.'];
	const numbered = steps.map((step, index) => `${index + 1}. ${step}`).join('\n');
	return `\nWrote ${path} (readable by you only).\n\nNext:\n${numbered}\n`;
}

type Answers = AsyncIterator<string>;

async function ask(prompt: Answers, io: CommandIo, question: string): Promise<string> {
	io.stdout(question);
	const answer = await prompt.next();
	if (answer.done === true) {
		throw new UserFacingError('init stopped: standard input ended before every question was answered.');
	}

	return answer.value.trim();
}

async function askUntil(
	prompt: Answers,
	io: CommandIo,
	question: string,
	problemWith: (answer: string) => string | undefined,
): Promise<string> {
	for (;;) {
		const answer = await ask(prompt, io, question);
		const problem = problemWith(answer);
		if (problem === undefined) {
			return answer;
		}

		io.stdout(`${problem}\n`);
	}
}

/** What is wrong with a client ID as typed, if anything: Spotify's are 32 hexadecimal characters. */
function clientIdProblem(answer: string): string | undefined {
	if (answer === '') {
		return 'The client ID is required: copy it from your app in the dashboard.';
	}

	return /^[\da-f]{32}$/i.test(answer)
		? undefined
		: `A client ID is 32 characters of 0-9 and a-f, as the dashboard shows it; ${quoted(answer)} is not one: copy it again.`;
}
