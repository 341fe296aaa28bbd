/** Files imported with `?raw` are bundled as their text (a Vite feature the plugin build uses). */
declare module '*?raw' {
  const text: string;
  export default text;
}
