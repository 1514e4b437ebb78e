import type { PersonRecord } from '../../types';
import { PEOPLE_AFRICA } from './africa';
import { PEOPLE_AMERICAS } from './americas';
import { PEOPLE_ASIA } from './asia';
import { PEOPLE_EUROPE } from './europe';
import { PEOPLE_MIDDLE_EAST } from './middleEast';
import { PEOPLE_OCEANIA } from './oceania';
import { PEOPLE_ORGANIZATIONS } from './organizations';

/** Every person of the gazetteer, region by region. */
export function allPeopleRecords(): readonly PersonRecord[] {
  return [
    ...PEOPLE_ASIA,
    ...PEOPLE_MIDDLE_EAST,
    ...PEOPLE_AFRICA,
    ...PEOPLE_EUROPE,
    ...PEOPLE_AMERICAS,
    ...PEOPLE_OCEANIA,
    ...PEOPLE_ORGANIZATIONS,
  ];
}
