import type { PersonRecord } from '../../types';

// Sources: see ../README.md in this folder.
export const PEOPLE_OCEANIA: readonly PersonRecord[] = [];
