/** A failure with a sentence for the user (what went wrong and what to do); printed without a stack trace. */
export class UserFacingError extends Error {
	override readonly name: string = 'UserFacingError';
}

/** The command line itself is wrong (an argument of the wrong kind); exits with status 2, like a parse error. */
export class UsageError extends UserFacingError {
	override readonly name = 'UsageError';
}
