// Placeholder until the country tables land: the signatures are final.
import type { Document } from '../pipeline/document';

/** A country named or described at some token: "الصين", "الصيني", "چین", "Chinese". Offsets are normalized. */
export interface CountryHit {
  code: string;
  start: number;
  end: number;
  /** Tokens covered (inclusive). */
  first: number;
  last: number;
  kind: 'name' | 'adjective';
}

/** The country name or adjective that starts at token `i` (after any Arabic proclitic), if any. */
export function countryAt(doc: Document, i: number): CountryHit | null {
  void doc;
  void i;
  return null;
}

/** Every country name and adjective in the document, left to right, non-overlapping. */
export function findCountries(doc: Document): CountryHit[] {
  void doc;
  return [];
}

/** The country's name in the given language (for display); the code itself when unknown. */
export function countryName(code: string, language: 'ar' | 'fa' | 'en'): string {
  void language;
  return code;
}
