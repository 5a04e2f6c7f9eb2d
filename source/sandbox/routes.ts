import {authorize} from './accounts/authorize.js';
import {token} from './accounts/token.js';
import {addCatalogRoutes} from './api/catalog-routes.js';
import {addFollowAndHistoryRoutes} from './api/follow-history-routes.js';
import {addLibraryRoutes} from './api/library-routes.js';
import {addPlayerRoutes} from './api/player-routes.js';
import {addPlaylistRoutes} from './api/playlist-routes.js';
import type {SandboxContext} from './context.js';
import {addControlRoutes} from './control/control-routes.js';
import {Router} from './http/router.js';

/** Every path the sandbox answers: the accounts service's two, the Web API's under /v1, and its own controls. */
export function createRoutes(): Router<SandboxContext> {
	const router = new Router<SandboxContext>()
		.add('GET', '/authorize', authorize)
		.add('POST', '/api/token', token);
	addCatalogRoutes(router);
	addPlayerRoutes(router);
	addLibraryRoutes(router);
	addPlaylistRoutes(router);
	addFollowAndHistoryRoutes(router);
	addControlRoutes(router);
	return router;
}
