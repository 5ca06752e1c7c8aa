/** Text files imported whole (`?raw`): webpack's asset/source rule, and vite/vitest natively. */
declare module '*?raw' {
  const text: string;
  export default text;
}
