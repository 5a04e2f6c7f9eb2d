// Run first by `npm run sandbox`, whose stdout is a config.yaml. npm writes its own banner
// ("> musicterminal@… sandbox") to stdout before any script starts, and only the user's `npm run -s`
// leaves it out: no script can take it back. Into a file or a pipe, that banner would make the
// config unreadable, so the sandbox then does not start, and says how to run it instead.
const byNpm = process.env.npm_config_user_agent?.startsWith('npm/') === true;
const bannerPrinted = byNpm && process.env.npm_config_loglevel !== 'silent';
if (bannerPrinted && !process.stdout.isTTY) {
	process.stderr.write(
		"npm printed its banner ahead of the sandbox's config.yaml, so the output would not be a valid config: run `npm run -s sandbox > config.yaml` (or `node dist/cli.js sandbox > config.yaml` after `npm run build`) instead.\n",
	);
	process.exitCode = 1;
}
