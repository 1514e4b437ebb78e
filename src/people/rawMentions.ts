import type { KnownPerson } from './gazetteer';
import type { TitleChain } from './titleChains';

/** A person mention before coreference. Offsets are normalized; token indexes inclusive. */
export interface RawMention {
  kind: 'named' | 'title' | 'counterpart' | 'group';
  /** Name tokens (first/last), -1 when none. */
  first: number;
  last: number;
  nameStart: number;
  nameEnd: number;
  chain: TitleChain | null;
  /** People the gazetteer gives for this exact name, if any. */
  known: KnownPerson[];
  /** The name's words as matching keys (proclitic removed). */
  words: string[];
  /** Where the whole mention starts and ends. */
  start: number;
  end: number;
}
