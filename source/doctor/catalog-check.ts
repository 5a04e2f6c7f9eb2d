import {type CheckResult, pass} from './check-result.js';
import {getWebApi, type WebApiCallSettings} from './web-api-call.js';

/** For CLIENT_CREDENTIALS: the app token opens the catalog (one search, one result). */
export async function checkCatalog(settings: WebApiCallSettings): Promise<CheckResult> {
	const query = new URLSearchParams({q: 'a', type: 'artist', limit: '1'});
	if (settings.config.market !== undefined) {
		query.set('market', settings.config.market);
	}

	const answer = await getWebApi(`search?${query.toString()}`, settings, {id: 'catalog', title: 'Catalog'});
	return 'ok' in answer
		? pass('catalog', 'Catalog', `a search with the app token answered in ${answer.ms} ms`, answer.ms)
		: answer;
}
