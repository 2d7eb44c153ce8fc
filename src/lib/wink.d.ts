// The wink packages ship no type declarations; these are the functions the engine calls.
declare module 'wink-lemmatizer' {
  const lemmatize: {
    noun(word: string): string;
    verb(word: string): string;
    adjective(word: string): string;
  };
  export default lemmatize;
}

declare module 'wink-porter2-stemmer' {
  export default function stem(word: string): string;
}
