import {defaultApp, defaultUser, type SandboxApp} from './accounts/app.js';
import {GrantRegistry} from './accounts/grants.js';
import {Catalog} from './catalog/catalog.js';
import {SandboxClock} from './clock.js';
import type {SandboxContext} from './context.js';
import {controlPrefix} from './control/control-routes.js';
import {defaultControls, type SandboxControls} from './controls.js';
import {FaultInjector, type FaultRule} from './faults.js';
import {listen} from './http/server.js';
import {generateLibrary} from './library/generate-library.js';
import {UserLibrary} from './library/user-library.js';
import {defaultDevices} from './player/devices.js';
import {Player} from './player/player.js';
import type {Device} from './player/types.js';
import {createPlayerCatalog} from './player-catalog.js';
import {createRoutes} from './routes.js';
import {applyScene, type SceneName} from './scenes.js';
import {Traffic} from './traffic.js';

export type SandboxOptions = {
	/** 0 (the default) picks a free port. The sandbox listens on 127.0.0.1 only. */
	readonly port?: number;
	/** Seed of the generated catalog; the same seed gives the same artists, albums and ids. */
	readonly seed?: number;
	readonly controls?: Partial<SandboxControls>;
	/** Start with no active device, as when Spotify is open nowhere. */
	readonly noActiveDevice?: boolean;
	/** The user's devices, in place of the default three (their `isActive` is kept as given). */
	readonly devices?: readonly Device[];
	readonly app?: SandboxApp;
	/** Faults in force from the start (`musicterminal sandbox --fault`). */
	readonly faults?: readonly FaultRule[];
	/** Scenes set up at the start, in order (`musicterminal sandbox --scene`). */
	readonly scenes?: readonly SceneName[];
};

/** A running local Spotify: its address, its switches, and what a test inspects. */
export type Sandbox = {
	/** `http://127.0.0.1:PORT`: the accounts service's and the Web API's origin. */
	readonly origin: string;
	readonly port: number;
	readonly app: SandboxApp;
	readonly controls: SandboxControls;
	readonly clock: SandboxClock;
	readonly catalog: Catalog;
	readonly player: Player;
	readonly library: UserLibrary;
	readonly grants: GrantRegistry;
	readonly faults: FaultInjector;
	readonly traffic: Traffic;
	close(): Promise<void>;
};

export const defaultCatalogSeed = 2018;

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	const clock = new SandboxClock();
	const now = () => clock.now();
	const seed = options.seed ?? defaultCatalogSeed;
	const catalog = Catalog.generate(seed);
	const library = new UserLibrary(generateLibrary(catalog, seed, defaultUser, now()));
	const player = new Player({
		now,
		catalog: createPlayerCatalog(catalog, library),
		devices: options.devices ?? defaultDevices({noneActive: options.noActiveDevice ?? false}),
		onStarted: ({trackId, context, at}) => {
			// Spotify's history holds tracks only.
			if (catalog.track(trackId) !== undefined) {
				library.recordPlay({trackId, playedAt: at, contextUri: context?.uri ?? null});
			}
		},
	});
	const faults = new FaultInjector();
	for (const rule of options.faults ?? []) {
		faults.inject(rule);
	}

	const context: SandboxContext = {
		origin: '',
		app: options.app ?? defaultApp,
		user: defaultUser,
		controls: defaultControls(options.controls),
		grants: new GrantRegistry(now),
		catalog,
		player,
		library,
		clock,
		faults,
	};
	for (const scene of options.scenes ?? []) {
		applyScene(scene, context);
	}

	const traffic = new Traffic();
	const server = await listen(
		{
			router: createRoutes(),
			context,
			faults,
			traffic,
			now,
			faultFree: (path) => path === controlPrefix || path.startsWith(`${controlPrefix}/`),
		},
		options.port ?? 0,
	);
	context.origin = `http://127.0.0.1:${server.port}`;
	return {
		origin: context.origin,
		port: server.port,
		app: context.app,
		controls: context.controls,
		clock,
		catalog,
		player,
		library,
		grants: context.grants,
		faults,
		traffic,
		close: () => server.close(),
	};
}
