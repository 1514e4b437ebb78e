/**
 * English words that end a name or cannot be one even when capitalized at a sentence start.
 * Everyday English function words, days and months; written for this project.
 */
export const EN_NAME_STOPS: readonly string[] = [
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'that', 'this',
  'these', 'those', 'who', 'whom', 'which', 'he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'we', 'our', 'i',
  'said', 'says', 'met', 'meets', 'meet', 'held', 'holds', 'will', 'would', 'was', 'were', 'is', 'are', 'has', 'had', 'have',
  'also', 'then', 'later', 'after', 'before', 'during', 'when', 'while', 'since', 'last', 'next', 'on', 'via', 'about',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'in', 'into', 'over', 'under',
  'talks', 'meeting', 'visit', 'phone', 'call', 'video', 'link', 'summit', 'according', 'both', 'two', 'sides', 'leaders',
];

/** Words that make the noun after them a common one ("the cleric", "this one"). */
export const EN_DETERMINERS: readonly string[] = ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'every', 'each'];
