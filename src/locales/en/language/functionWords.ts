// The commonest English function words: enough of them in a short Latin-script text tells
// English from the other languages written in Latin letters.
export const EN_FUNCTION_WORDS: readonly string[] = [
  'the', 'of', 'and', 'to', 'in', 'on', 'with', 'for', 'at', 'by', 'a', 'an', 'is', 'was', 'were', 'are', 'has', 'have', 'had',
  'that', 'this', 'his', 'her', 'their', 'he', 'she', 'it', 'they', 'will', 'said', 'from', 'as', 'met', 'after', 'its',
];
