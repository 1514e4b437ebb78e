import type { Role } from '../types';

/**
 * Gazetteer records are plain data. Every string may be written in any spelling: lookups fold
 * them (and the text) with the same functions. The first name of each list is the usual one.
 */

export type Continent = 'africa' | 'asia' | 'europe' | 'north-america' | 'south-america' | 'oceania';

export interface CountryRecord {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Names beyond what `Intl.DisplayNames` gives ("أمريكا", "آمریکا", "the US"). */
  names: { en: string[]; ar: string[]; fa: string[] };
  /**
   * Adjectives and demonyms as they follow a title: "Chinese"; "الصيني", "الصينية" (every
   * gender/number form a title takes); Persian has few ("چینی"), titles take the country name.
   */
  adjectives: { en: string[]; ar: string[]; fa: string[] };
  /** Canonical English name of the capital (a PlaceRecord). */
  capital: string;
  continent: Continent;
}

export interface PlaceRecord {
  /** Usual English name (Wikipedia title). */
  canonical: string;
  country: string;
  en: string[];
  ar: string[];
  fa: string[];
  capital?: boolean;
}

export interface VenueRecord {
  canonical: string;
  /** City the venue is in (canonical English name of a PlaceRecord). */
  city: string;
  country: string;
  en: string[];
  ar: string[];
  fa: string[];
}

/** A role held from `from` to `to` (years, inclusive; `null` = still holds it). */
export type RoleTerm = readonly [role: Role, from: number, to: number | null];

export interface PersonRecord {
  /** Usual English name (Wikipedia title). */
  canonical: string;
  /** ISO 3166-1 alpha-2 of the country they serve; for heads of international bodies, their own nationality. */
  country: string;
  roles: readonly RoleTerm[];
  en: string[];
  ar: string[];
  fa: string[];
}
