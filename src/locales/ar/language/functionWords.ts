// Arabic function words that Persian does not use as words: prepositions, relative pronouns,
// particles. Words with the article ال count as Arabic too (Persian keeps it only in loanwords).
export const AR_FUNCTION_WORDS: readonly string[] = [
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'التي', 'الذي', 'الذين', 'أن', 'إن', 'ان', 'قد', 'هذا', 'هذه', 'كان', 'كانت', 'مع', 'بين',
  'حيث', 'وقد', 'وفي', 'كما', 'ذلك', 'تلك', 'لم', 'لن', 'أو', 'ثم', 'عند', 'حول', 'خلال', 'بعد', 'قبل',
];
