// The `stemmer` package (Porter 1980) ships JSDoc, not declarations.
declare module 'stemmer' {
  export function stemmer(value: string): string;
}
