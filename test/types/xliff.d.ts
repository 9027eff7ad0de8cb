// The xliff package ships no types; the tests use it only as a second reader of our exports.
declare module 'xliff' {
  const xliff: {
    xliff12ToJs(xml: string, options?: Record<string, unknown>): Promise<unknown>;
    xliff2js(xml: string, options?: Record<string, unknown>): Promise<unknown>;
  };
  export default xliff;
}
