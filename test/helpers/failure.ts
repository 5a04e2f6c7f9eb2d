/** The error `promise` rejects with; the test fails if it resolves instead. */
export async function failure(promise: Promise<unknown>): Promise<Error> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof Error) {
			return error;
		}
	}

	throw new Error('expected it to fail');
}
