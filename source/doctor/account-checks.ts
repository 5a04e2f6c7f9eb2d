import * as v from 'valibot';
import {controllableDevices} from '../spotify/device-choice.js';
import {type Device, devicesSchema} from '../spotify/schemas.js';
import {type CheckResult, failure, pass, warning} from './check-result.js';
import {jsonBody} from './http-probe.js';
import {getWebApi, type WebApiCallSettings} from './web-api-call.js';

const userSchema = v.object({id: v.string(), display_name: v.nullish(v.string())});

/** `/me`: who the login is, or why Spotify refuses it (Development Mode's allow-list and owner). */
export async function checkAccount(settings: WebApiCallSettings): Promise<CheckResult> {
	const answer = await getWebApi('me', settings, {id: 'account', title: 'Account'});
	if (!('ok' in answer)) {
		return answer;
	}

	const user = v.safeParse(userSchema, jsonBody(answer));
	if (!user.success) {
		return failure(
			'account',
			'Account',
			`GET /me answered with something Spotify never sends: check api_url in ${settings.config.path ?? 'your config'}`,
			undefined,
			answer.ms,
		);
	}

	const {id, display_name: name} = user.output;
	return pass(
		'account',
		'Account',
		`${name ? `${name} (${id})` : id}, answered in ${answer.ms} ms`,
		answer.ms,
	);
}

/** The devices, read without touching the player: none, some, or one active. */
export async function checkDevices(settings: WebApiCallSettings): Promise<CheckResult> {
	const title = 'Devices';
	const answer = await getWebApi('me/player/devices', settings, {id: 'devices', title});
	if (!('ok' in answer)) {
		return answer;
	}

	const parsed = v.safeParse(devicesSchema, jsonBody(answer));
	if (!parsed.success) {
		return failure(
			'devices',
			title,
			`GET /me/player/devices answered with something Spotify never sends: check api_url in ${settings.config.path ?? 'your config'}`,
		);
	}

	return devicesResult(parsed.output.devices, settings.config.device);
}

function devicesResult(devices: readonly Device[], configured: string | undefined): CheckResult {
	const title = 'Devices';
	const controllable = controllableDevices(devices);
	const closed = devices.filter((device) => device.id === null || device.is_restricted);
	const aside = closed.length === 0 ? '' : `; ${deviceNames(closed)} accepts no remote control`;
	if (devices.length === 0) {
		return warning(
			'devices',
			title,
			'no Spotify device is available: Spotify is open nowhere for this account',
			'Open Spotify on a phone, computer or speaker signed in to this account, then run `musicterminal doctor` again.',
		);
	}

	const active = devices.find((device) => device.is_active);
	const all = `${devices.length} in all (${deviceNames(devices)})`;
	if (active !== undefined) {
		return pass('devices', title, `${active.name} is active; ${all}${aside}`);
	}

	const wanted = configured?.toLowerCase();
	const chosen = controllable.find(
		(device) => device.id === configured || device.name.toLowerCase() === wanted,
	);
	if (chosen !== undefined) {
		return pass(
			'devices',
			title,
			`none active; playback goes to ${chosen.name}, the config's device; ${all}${aside}`,
		);
	}

	if (controllable.length === 1 && controllable[0] !== undefined) {
		return pass(
			'devices',
			title,
			`none active; playback goes to ${controllable[0].name}, the only one${aside}`,
		);
	}

	return warning(
		'devices',
		title,
		`none is active, so playback commands cannot choose one by themselves; ${all}${aside}`,
		'Start playing on one of them, or name one with --device (or `device` in the config).',
	);
}

/** The names as Spotify sent them: `--json` keeps them exact, and the text is made safe where it is printed. */
function deviceNames(devices: readonly Device[]): string {
	return devices.map((device) => device.name).join(', ');
}
