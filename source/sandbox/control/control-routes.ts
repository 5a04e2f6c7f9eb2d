import * as v from 'valibot';
import type {SandboxContext} from '../context.js';
import {pageTotalsModes} from '../controls.js';
import {FaultSpecError, parseFaultSpec} from '../fault-spec.js';
import {json, type Reply} from '../http/reply.js';
import type {SandboxRequest} from '../http/request.js';
import type {Router} from '../http/router.js';
import {PlayerError} from '../player/player-error.js';
import {applyScene, sceneNames} from '../scenes.js';

/**
 * The sandbox's own control endpoint, under a path Spotify's never use, for tests and for
 * reproducing a bug by hand: switch faults, the player's scene, controls and token expiry while it
 * runs. Changes need a JSON body (`content-type: application/json`), which a web page cannot send
 * to it unasked; faults never touch these paths.
 */
export const controlPrefix = '/_sandbox';

const controlsSchema = v.strictObject({
	consent: v.optional(v.picklist(['approve', 'deny'])),
	refreshTokenMode: v.optional(v.picklist(['keep', 'rotate', 'omit'])),
	accessTokenLifetimeSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
	refreshTokenMaxAgeSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
	premium: v.optional(v.boolean()),
	issuerInCallback: v.optional(v.boolean()),
	userAllowListed: v.optional(v.boolean()),
	ownerPremium: v.optional(v.boolean()),
	pageTotals: v.optional(v.picklist(pageTotalsModes)),
});

const faultSchema = v.strictObject({spec: v.string()});
const sceneSchema = v.strictObject({scene: v.picklist(sceneNames)});

export function addControlRoutes(router: Router<SandboxContext>): void {
	router
		.add('GET', controlPrefix, (_request, context) => json(200, overview(context)))
		.add('PUT', `${controlPrefix}/controls`, (request, context) =>
			withBody(request, controlsSchema, (changes) => {
				Object.assign(context.controls, changes);
				return json(200, context.controls);
			}),
		)
		.add('POST', `${controlPrefix}/faults`, (request, context) =>
			withBody(request, faultSchema, ({spec}) => {
				context.faults.inject(parseFaultSpec(spec));
				return json(200, {faults: faultsOf(context)});
			}),
		)
		.add('DELETE', `${controlPrefix}/faults`, (_request, context) => {
			context.faults.clear();
			return json(200, {faults: []});
		})
		.add('POST', `${controlPrefix}/player`, (request, context) =>
			withBody(request, sceneSchema, ({scene}) => {
				applyScene(scene, context);
				return json(200, overview(context).player);
			}),
		)
		.add('POST', `${controlPrefix}/tokens/expire`, (_request, context) => {
			context.grants.expireAccessTokens();
			return json(200, {expired: 'every access token issued so far'});
		});
}

function overview(context: SandboxContext) {
	const snapshot = context.player.snapshot();
	return {
		controls: context.controls,
		faults: faultsOf(context),
		scenes: sceneNames,
		player:
			snapshot === undefined
				? {playing: null}
				: {
						playing: snapshot.interruption?.kind ?? snapshot.trackId,
						isPlaying: snapshot.isPlaying,
						device: snapshot.device.name,
					},
		devices: context.player.devices().map((device) => ({id: device.id, name: device.name})),
		highlights: context.catalog.highlights,
	};
}

function faultsOf(context: SandboxContext) {
	return context.faults.active().map((rule) => ({
		...rule.fault,
		path: String(rule.path),
		method: rule.method ?? 'any',
		hits: rule.hits,
		remaining: Number.isFinite(rule.remaining) ? rule.remaining : 'all',
	}));
}

function withBody<Schema extends v.GenericSchema>(
	request: SandboxRequest,
	schema: Schema,
	run: (body: v.InferOutput<Schema>) => Reply,
): Reply {
	if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
		return problem(415, 'send the change as JSON, with content-type: application/json');
	}

	let body: unknown;
	try {
		body = JSON.parse(request.body) as unknown;
	} catch {
		return problem(400, 'the body is not JSON');
	}

	const parsed = v.safeParse(schema, body);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		return problem(400, `${v.getDotPath(issue) ?? 'body'}: ${issue.message}`);
	}

	try {
		return run(parsed.output);
	} catch (error) {
		if (error instanceof FaultSpecError || error instanceof PlayerError) {
			return problem(400, error.message);
		}

		throw error;
	}
}

function problem(status: number, message: string): Reply {
	return json(status, {error: {status, message}});
}
