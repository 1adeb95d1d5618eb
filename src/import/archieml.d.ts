// The archieml package ships no types; this is the part Gloss uses.
declare module 'archieml' {
  const archieml: { load(text: string, options?: { comments?: boolean }): Record<string, unknown> };
  export default archieml;
}
