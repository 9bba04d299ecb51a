// Generates custom-elements.json from the elements' JSDoc (@summary, @slot, @csspart, @cssprop, @fires).
export default {
  globs: ['src/elements/**/*.ts', 'src/internal/base.ts'],
  exclude: ['**/*.styles.ts', '**/*.strings.ts', '**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // Never rewrite package.json's customElements field (an --outdir run would point it elsewhere).
  packagejson: false,
};
