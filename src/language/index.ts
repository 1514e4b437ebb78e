import { assertText } from '../options';
import type { Language } from '../types';
import { identifyLanguage } from './detectLanguage';

/**
 * The language of a text: 'ar', 'fa' or 'en', or 'und' when it has no letters or is in
 * another language. Mixed documents go by their main script.
 */
export function detectLanguage(text: string): Language | 'und' {
  assertText('detectLanguage', text);
  return identifyLanguage(text);
}
