import type {SandboxApp, SandboxUser} from './accounts/app.js';
import type {GrantRegistry} from './accounts/grants.js';
import type {Catalog} from './catalog/catalog.js';
import type {SandboxClock} from './clock.js';
import type {SandboxControls} from './controls.js';
import type {FaultInjector} from './faults.js';
import type {UserLibrary} from './library/user-library.js';
import type {Player} from './player/player.js';

/** Everything a sandbox handler may read or change. */
export type SandboxContext = {
	/** `http://127.0.0.1:PORT`, known once the server listens; hrefs in answers start with it. */
	origin: string;
	readonly app: SandboxApp;
	readonly user: SandboxUser;
	readonly controls: SandboxControls;
	readonly grants: GrantRegistry;
	readonly catalog: Catalog;
	readonly player: Player;
	/** What the user saved, follows and played. */
	readonly library: UserLibrary;
	readonly clock: SandboxClock;
	/** The faults in force, which the control endpoint switches. */
	readonly faults: FaultInjector;
};
