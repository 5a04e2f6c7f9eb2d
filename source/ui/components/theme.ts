import {createContext, useContext} from 'react';

/** Text styles by purpose; without colour (NO_COLOR) only bold, dim and inverse remain. */
export type Theme = {
	readonly selected: {readonly inverse?: boolean; readonly color?: string; readonly bold?: boolean};
	readonly dim: {readonly dimColor: true};
	readonly accent: {readonly color?: string; readonly bold: true};
	readonly error: {readonly color?: string; readonly bold?: boolean};
	readonly playing: {readonly color?: string};
};

export const colorTheme: Theme = {
	selected: {inverse: true},
	dim: {dimColor: true},
	accent: {color: 'green', bold: true},
	error: {color: 'red'},
	playing: {color: 'green'},
};

export const plainTheme: Theme = {
	selected: {inverse: true},
	dim: {dimColor: true},
	accent: {bold: true},
	error: {bold: true},
	playing: {},
};

/** The plain theme when NO_COLOR is set to anything but an empty string (no-color.org). */
export function themeFor(env: NodeJS.ProcessEnv): Theme {
	return env.NO_COLOR !== undefined && env.NO_COLOR !== '' ? plainTheme : colorTheme;
}

export const ThemeContext = createContext<Theme>(colorTheme);

export function useTheme(): Theme {
	return useContext(ThemeContext);
}
