import {UsageError, UserFacingError} from '../errors.js';
import {describePlayingItem} from '../format/playing-item.js';
import {jsonText, quoted} from '../format/terminal-text.js';
import type {SpotifyClient} from '../spotify/spotify-client.js';
import type {ItemType} from '../spotify/spotify-reference.js';
import type {CommandIo, GlobalOptions} from './command-io.js';
import {openSpotify} from './open-spotify.js';
import {resolvePlayable} from './resolve-item.js';

export type LikeCommandOptions = GlobalOptions & {
	readonly type?: ItemType | undefined;
	readonly json?: boolean | undefined;
};

/** The kinds `PUT /me/library` saves with the library's scope (playlists and artists are followed, with others). */
const savable: readonly ItemType[] = ['track', 'album', 'episode', 'show'];

/** `musicterminal like [item]` and `unlike [item]`: save to or remove from the library; what plays, without an item. */
export async function runLikeCommand(
	change: 'like' | 'unlike',
	argument: string | undefined,
	options: LikeCommandOptions,
	io: CommandIo,
): Promise<void> {
	if (argument === undefined && options.type !== undefined) {
		throw new UsageError(
			`--type says what an id or words name: give one, as in \`${change} 4aawyAB9vmqN3uQ7FjRGTy --type album\`.`,
		);
	}

	const {client} = await openSpotify(options, io, {needs: change});
	const {type, uri, name} =
		argument === undefined
			? await whatPlays(client)
			: {
					...(await resolvePlayable(argument, {catalog: client.catalog, io, type: options.type})),
					name: undefined,
				};
	if (!savable.includes(type)) {
		throw new UsageError(
			`\`${change}\` saves tracks, albums, episodes and shows; ${uri} is ${type === 'artist' ? 'an artist' : `a ${type}`}, which you follow in a Spotify app.`,
		);
	}

	await (change === 'like' ? client.library.save([uri]) : client.library.remove([uri]));
	const saved = change === 'like';
	if (options.json === true) {
		io.stdout(jsonText({uri, saved}));
		return;
	}

	const what = name === undefined ? uri : `${quoted(name)} (${uri})`;
	io.stdout(saved ? `Saved ${what} to your library.\n` : `Removed ${what} from your library.\n`);
}

async function whatPlays(client: SpotifyClient): Promise<{type: ItemType; uri: string; name: string}> {
	const state = await client.player.state();
	const item = state?.item ?? null;
	const [, type] = item?.uri?.split(':') ?? [];
	if (state === undefined || item === null || item.uri === null || (type !== 'track' && type !== 'episode')) {
		const playing = state === undefined ? undefined : describePlayingItem(state);
		throw new UserFacingError(
			playing === undefined
				? 'nothing is playing: name what to save, such as `musicterminal like spotify:track:ID`.'
				: `what plays (${playing.title}) cannot be saved: name what to save instead.`,
		);
	}

	return {type, uri: item.uri, name: item.name};
}
