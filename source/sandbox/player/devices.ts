import type {Device} from './types.js';

export const studioDesktopId = '3f7b1c2d9e8a4b5c6d7e8f9a0b1c2d3e4f5a6b7c';
export const pocketPhoneId = '8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b';
export const kitchenSpeakerId = 'c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0';

/** The test user's devices: an active computer, an idle phone, and a speaker with fixed volume. */
export function defaultDevices({noneActive = false} = {}): Device[] {
	return [
		{
			id: studioDesktopId,
			name: 'Studio Desktop',
			type: 'Computer',
			supportsVolume: true,
			isRestricted: false,
			isActive: !noneActive,
			volumePercent: 62,
		},
		{
			id: pocketPhoneId,
			name: 'Pocket Phone',
			type: 'Smartphone',
			supportsVolume: true,
			isRestricted: false,
			isActive: false,
			volumePercent: 100,
		},
		{
			id: kitchenSpeakerId,
			name: 'Kitchen Speaker',
			type: 'Speaker',
			supportsVolume: false,
			isRestricted: false,
			isActive: false,
			volumePercent: null,
		},
	];
}
