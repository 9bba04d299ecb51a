// test:consumers (scripts/consumer-smoke.js), Vue 3 and Svelte 5: the packed package's generated types
// (`mlops-elements/vue`, `mlops-elements/svelte`) in a fresh app, checked by vue-tsc (strictTemplates) and
// svelte-check. A component that uses the tags as documented passes; one with a wrong attribute value must
// fail, naming that value, or the types check nothing.
import { spawnSync } from 'node:child_process';

/** The checkers, pinned so that CI checks against what was verified. */
const checkers = { 'vue-tsc': '3.3.14', 'svelte-check': '4.7.8' };

const tsconfig = (include, extra = {}) =>
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
      lib: ['ES2022', 'DOM'],
    },
    ...extra,
    include,
  });
const vueOptions = { vueCompilerOptions: { strictTemplates: true } };

const goodVue = `<script setup lang="ts">
import type {} from 'mlops-elements/vue';
import 'mlops-elements/define/mlops-feedback';
import 'mlops-elements/define/mlops-term';
import type { FeedbackPayload } from 'mlops-elements';
const onSubmit = (event: CustomEvent<FeedbackPayload>) => console.log(event.detail.rating);
</script>
<template>
  <mlops-term term="model-drift" :open-delay="200">model drift</mlops-term>
  <mlops-tool-card tool="mlflow" variant="compact" />
  <mlops-feedback scale="thumbs" @mlops-feedback-submit="onSubmit" />
</template>
`;
const badVue = `<script setup lang="ts">
import type {} from 'mlops-elements/vue';
</script>
<template>
  <mlops-tool-card tool="mlflow" variant="huge" />
</template>
`;
const goodSvelte = `<script lang="ts">
  import type {} from 'mlops-elements/svelte';
  import 'mlops-elements/define/mlops-feedback';
  import type { FeedbackPayload } from 'mlops-elements';
  const onSubmit = (event: CustomEvent<FeedbackPayload>) => console.log(event.detail.rating);
</script>

<mlops-term term="model-drift" open-delay={200}>model drift</mlops-term>
<mlops-tool-card tool="mlflow" variant="compact"></mlops-tool-card>
<mlops-feedback scale="thumbs" onmlops-feedback-submit={onSubmit}></mlops-feedback>
`;
const badSvelte = `<script lang="ts">
  import type {} from 'mlops-elements/svelte';
</script>

<mlops-tool-card tool="mlflow" variant="huge"></mlops-tool-card>
`;
// vue-tsc prints the types as they are; svelte-check's machine output escapes their quotes.
const wrongValue = /'\\?"huge\\?"' is not assignable to type '\\?"full\\?" \| \\?"compact\\?" \| undefined'/;

/** Installs the tarball, Vue, Svelte and their checkers in one app; checks the good components pass and the bad ones fail. */
export async function frameworkTypesApp(work, tarball, { run, write, record, version }) {
  const app = `${work}/vue-svelte-types`;
  write(app, {
    'package.json': JSON.stringify({ name: 'framework-types', private: true, type: 'module' }),
    'vue/tsconfig.json': tsconfig(['Good.vue'], vueOptions),
    'vue/tsconfig.bad.json': tsconfig(['Bad.vue'], vueOptions),
    'vue/Good.vue': goodVue,
    'vue/Bad.vue': badVue,
    'svelte/good/tsconfig.json': tsconfig(['*.svelte']),
    'svelte/good/Good.svelte': goodSvelte,
    'svelte/bad/tsconfig.json': tsconfig(['*.svelte']),
    'svelte/bad/Bad.svelte': badSvelte,
  });
  const installed = run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      tarball,
      `vue@${version('vue')}`,
      `svelte@${version('svelte')}`,
      `typescript@${version('typescript')}`,
      ...Object.entries(checkers).map(([name, pinned]) => `${name}@${pinned}`),
    ],
    app,
  );
  record('vue + svelte: npm install (tarball, vue, vue-tsc, svelte, svelte-check)', true, `${installed.seconds} s`);

  const vueGood = run('npx', ['--no-install', 'vue-tsc', '-p', 'vue/tsconfig.json'], app);
  record('vue: vue-tsc --strictTemplates accepts the tags, attribute types and a typed event handler', true, `${vueGood.seconds} s`);
  const vueBad = attempt('npx', ['--no-install', 'vue-tsc', '-p', 'vue/tsconfig.bad.json'], app);
  record('vue: vue-tsc rejects a wrong attribute value (variant="huge")', !vueBad.passed && wrongValue.test(vueBad.output), vueBad.passed ? 'it passed' : '');

  const svelteArgs = ['--no-install', 'svelte-check', '--tsconfig', './tsconfig.json', '--output', 'machine'];
  // svelte-check looks for packages from the folder it checks.
  run('ln', ['-s', '../../node_modules', 'node_modules'], `${app}/svelte/good`);
  run('ln', ['-s', '../../node_modules', 'node_modules'], `${app}/svelte/bad`);
  const svelteGood = run('npx', svelteArgs, `${app}/svelte/good`);
  record('svelte: svelte-check accepts the tags, attribute types and a typed event handler', true, `${svelteGood.seconds} s`);
  const svelteBad = attempt('npx', svelteArgs, `${app}/svelte/bad`);
  record(
    'svelte: svelte-check rejects a wrong attribute value (variant="huge")',
    !svelteBad.passed && wrongValue.test(svelteBad.output),
    svelteBad.passed ? 'it passed' : '',
  );
}

/** Runs a command that is expected to fail: whether it passed, and its output. */
function attempt(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { passed: result.status === 0, output: `${result.stdout}${result.stderr}` };
}
