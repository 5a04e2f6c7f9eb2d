import {UserFacingError} from '../errors.js';

/** The sentence to show for a failure: ours say cause and next step; anything else says it was unexpected. */
export function errorText(error: unknown): string {
	if (error instanceof UserFacingError) {
		return error.message;
	}

	return `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}
