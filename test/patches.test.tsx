import {execFile} from 'node:child_process';
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import Conf from 'conf';
import {eastAsianWidth} from 'get-east-asian-width';
import {Box, Text} from 'ink';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';

// The dependencies patched at install (patches/, applied by `npm ci` through patch-package) run in
// these tests as in the bundle. A patch that no longer applies fails the install; one that was
// never applied, or has been undone, fails here.

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const patches = (await readdir(join(root, 'patches'))).filter((file) => file.endsWith('.patch'));

/** `ink+6.8.0.patch` → ink, 6.8.0; `@scope+name+1.0.0.patch` → @scope/name, 1.0.0. */
function patchedPackage(file: string): {name: string; version: string} {
	const parts = file.slice(0, -'.patch'.length).split('+');
	const version = parts.pop() ?? '';
	return {name: parts.join('/'), version};
}

describe('the patched dependencies', () => {
	test.each(patches)('%s is applied to the version installed', async (file) => {
		const {name, version} = patchedPackage(file);
		const manifest = await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8');
		expect((JSON.parse(manifest) as {version: string}).version).toBe(version);
		// Undoing it would apply cleanly: every change it makes is there.
		await expect(
			run('git', ['apply', '--check', '--reverse', join('patches', file)], {cwd: root}),
		).resolves.toBeDefined();
	});

	test('Ink wraps a text for its own width, not as another text it took for the same (ink#998)', () => {
		const wide = render(
			<Box width={15}>
				<Text>一二三四五六七八九十</Text>
			</Box>,
		);
		const narrow = render(
			<Box width={5}>
				<Text>一二三四五六七八九十1</Text>
			</Box>,
		);
		expect(wide.lastFrame()).toBe('一二三四五六七\n八九十');
		expect(narrow.lastFrame()).toBe('一二\n三四\n五六\n七八\n九十1');
	});

	test('Ink draws a row of several texts, and text over text, as it did before rows were remembered', () => {
		const {lastFrame, rerender} = render(
			<Box flexDirection="column" width={20}>
				<Box>
					<Text>left</Text>
					<Text> right</Text>
				</Box>
				<Box>
					<Text>underneath text</Text>
					<Box position="absolute" marginLeft={4}>
						<Text>OVER</Text>
					</Box>
				</Box>
				<Text>plain row</Text>
			</Box>,
		);
		expect(lastFrame()).toBe('left right\nundeOVERth text\nplain row');
		rerender(
			<Box flexDirection="column" width={20}>
				<Text>plain row</Text>
				<Text>left right</Text>
			</Box>,
		);
		expect(lastFrame()).toBe('plain row\nleft right');
	});

	test('string-width measures a code point on its own by its East Asian Width, as its full rules do', () => {
		// Checked against string-width 8.3.0 unpatched: the same answer for all 1,114,112 code points.
		// Here the Basic Multilingual Plane and the emoji plane, and a sample of the rest.
		const printless =
			/^[\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]$/u;
		const differing: string[] = [];
		for (let codePoint = 0; codePoint <= 0x10_ff_ff; codePoint += codePoint < 0x2_00_00 ? 1 : 97) {
			const character = String.fromCodePoint(codePoint);
			const expected = printless.test(character) ? 0 : eastAsianWidth(codePoint);
			if (stringWidth(character) !== expected) {
				differing.push(codePoint.toString(16));
			}
		}

		expect(differing).toEqual([]);
		expect(stringWidth('👩‍👩‍👧‍👦 1️⃣ 🇸🇪 ·─›')).toBe(12);
	});

	test('conf opens a store without loading schemas (ajv) or migrations (semver), and loads them when asked', async () => {
		const loaded = () =>
			Object.keys(createRequire(import.meta.url).cache).filter((path) => /[/\\](ajv|semver)[/\\]/.test(path));
		const directory = await mkdtemp(join(tmpdir(), 'musicterminal-conf-'));
		try {
			const plain = new Conf<{token?: string}>({projectName: 'plain', cwd: directory});
			plain.set('token', 'kept');
			expect(plain.get('token')).toBe('kept');
			expect(loaded()).toEqual([]);

			const checked = new Conf<{count?: number}>({
				projectName: 'checked',
				cwd: join(directory, 'checked'),
				schema: {count: {type: 'number'}},
			});
			expect(() => {
				checked.set('count', 'many' as unknown as number);
			}).toThrow(/count/);
			expect(loaded()).not.toEqual([]);
		} finally {
			await rm(directory, {recursive: true, force: true});
		}
	});
});
