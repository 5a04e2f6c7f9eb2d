/** A failure with a sentence for the user (what went wrong and what to do); printed without a stack trace. */
export class UserFacingError extends Error {
	override readonly name: string = 'UserFacingError';
}
