import type { PersonRecord } from '../../types';
import { PEOPLE_AFRICA } from './africa';
import { PEOPLE_AMERICAS } from './americas';
import { PEOPLE_ASIA } from './asia';
import { PEOPLE_ASIA_CENTRAL } from './asiaCentral';
import { PEOPLE_ASIA_SOUTH } from './asiaSouth';
import { PEOPLE_ASIA_SOUTHEAST } from './asiaSoutheast';
import { PEOPLE_EUROPE } from './europe';
import { PEOPLE_EUROPE_EAST } from './europeEast';
import { PEOPLE_EUROPE_NORTH } from './europeNorth';
import { PEOPLE_EUROPE_SOUTH_EAST } from './europeSouthEast';
import { PEOPLE_MIDDLE_EAST } from './middleEast';
import { PEOPLE_MIDDLE_EAST_GULF } from './middleEastGulf';
import { PEOPLE_OCEANIA } from './oceania';
import { PEOPLE_ORGANIZATIONS } from './organizations';

/** Every person of the gazetteer, region by region. */
export function allPeopleRecords(): readonly PersonRecord[] {
  return [
    ...PEOPLE_AFRICA,
    ...PEOPLE_AMERICAS,
    ...PEOPLE_ASIA,
    ...PEOPLE_ASIA_CENTRAL,
    ...PEOPLE_ASIA_SOUTH,
    ...PEOPLE_ASIA_SOUTHEAST,
    ...PEOPLE_EUROPE,
    ...PEOPLE_EUROPE_EAST,
    ...PEOPLE_EUROPE_NORTH,
    ...PEOPLE_EUROPE_SOUTH_EAST,
    ...PEOPLE_MIDDLE_EAST,
    ...PEOPLE_MIDDLE_EAST_GULF,
    ...PEOPLE_OCEANIA,
    ...PEOPLE_ORGANIZATIONS,
  ];
}
