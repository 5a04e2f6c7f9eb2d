import {useCallback, useEffect, useRef, useState} from 'react';
import type {Artist} from '../../spotify/schemas.js';
import type {SpotifyCalls} from '../../spotify/spotify-client.js';

export type ArtistSearch = {
	readonly items: readonly Artist[];
	readonly total: number | undefined;
	readonly loading: boolean;
	readonly error: unknown;
	/** Fetches the next page, unless one is on its way or all are here. */
	readonly loadMore: () => void;
	readonly retry: () => void;
};

type Pages = {query: string; items: Artist[]; total: number | undefined; loading: boolean; error: unknown};

/** Artists matching `query`, a page at a time as the list is scrolled. */
export function useArtistSearch(catalog: SpotifyCalls['catalog'], query: string): ArtistSearch {
	const [pages, setPages] = useState<Pages>({
		query,
		items: [],
		total: undefined,
		loading: true,
		error: undefined,
	});
	const controller = useRef<AbortController | undefined>(undefined);
	const pagesRef = useRef(pages);
	pagesRef.current = pages;

	const loadFrom = useCallback(
		(offset: number) => {
			const signal = controller.current?.signal;
			if (signal === undefined || signal.aborted) {
				return;
			}

			setPages((current) => ({...current, loading: true, error: undefined}));
			catalog.search('artist', query, {offset, signal}).then(
				(page) => {
					if (!signal.aborted) {
						setPages((current) => ({
							...current,
							items: [...current.items.slice(0, offset), ...page.items],
							total: page.total,
							loading: false,
						}));
					}
				},
				(error: unknown) => {
					if (!signal.aborted) {
						setPages((current) => ({...current, loading: false, error}));
					}
				},
			);
		},
		[catalog, query],
	);

	useEffect(() => {
		controller.current = new AbortController();
		setPages({query, items: [], total: undefined, loading: true, error: undefined});
		loadFrom(0);
		return () => {
			controller.current?.abort(new Error('superseded'));
		};
	}, [query, loadFrom]);

	const loadMore = useCallback(() => {
		const {loading, items, total} = pagesRef.current;
		if (!loading && total !== undefined && items.length < total) {
			loadFrom(items.length);
		}
	}, [loadFrom]);

	const retry = useCallback(() => {
		loadFrom(pagesRef.current.items.length);
	}, [loadFrom]);

	const current = pages.query === query;
	return {
		items: current ? pages.items : [],
		total: current ? pages.total : undefined,
		loading: !current || pages.loading,
		error: current ? pages.error : undefined,
		loadMore,
		retry,
	};
}
