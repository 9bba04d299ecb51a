// test:consumers (scripts/consumer-smoke.js), Vue 3 and Svelte 5: the packed package's generated types
// (`mlops-elements/vue`, `mlops-elements/svelte`) in a fresh app, checked by vue-tsc (strictTemplates) and
// svelte-check. A component that uses the tags as documented passes; one with a wrong attribute value and
// an unknown event must fail, naming both, or the types check nothing. Then a Vue app and a Svelte app are
// built with Vite and opened in Chromium: the elements render, and an element's event reaches the
// framework's handler (its state shows the `mlops-error` code of a card for an unknown tool).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The checkers and the frameworks' Vite plugins, pinned so that CI checks against what was verified. */
const checkers = { 'vue-tsc': '3.3.14', 'svelte-check': '4.7.8' };
const vitePlugins = { '@vitejs/plugin-vue': '6.0.11', '@sveltejs/vite-plugin-svelte': '7.3.1' };

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
  <mlops-tool-card tool="mlflow" @mlops-nope="() => {}" />
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
<mlops-tool-card tool="mlflow" onmlops-nope={() => {}}></mlops-tool-card>
`;
// vue-tsc prints the types as they are; svelte-check's machine output escapes their quotes.
const wrongValue = /'\\?"huge\\?"' is not assignable to type '\\?"full\\?" \| \\?"compact\\?" \| undefined'/;
// Vue names the event's prop (`onMlopsNope`), Svelte the attribute (`onmlops-nope`).
const unknownEvent = /'(onMlopsNope|\\?"onmlops-nope\\?")' does not exist in type/;

/** The apps built and opened in a browser: both show a term, a card, and the error code a card for an unknown tool sent their handler. */
const vueApp = {
  'vue-app/index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vue consumer</title></head>
    <body><div id="app"></div><script type="module" src="./main.ts"></script></body></html>`,
  'vue-app/main.ts': `import { createApp } from 'vue';
import 'mlops-elements/define/mlops-term';
import 'mlops-elements/define/mlops-tool-card';
import App from './App.vue';
createApp(App).mount('#app');
`,
  'vue-app/App.vue': `<script setup lang="ts">
import { ref } from 'vue';
import type {} from 'mlops-elements/vue';
import type { MlopsErrorDetail } from 'mlops-elements';
const codes = ref<string[]>([]);
const onError = (event: CustomEvent<MlopsErrorDetail>) => codes.value.push(event.detail.code);
</script>
<template>
  <main :data-codes="codes.join(' ')">
    <p>Pipelines fail on <mlops-term term="model-drift">model drift</mlops-term>.</p>
    <mlops-tool-card tool="mlflow" variant="compact" />
    <mlops-tool-card tool="no-such-tool" @mlops-error="onError" />
  </main>
</template>
`,
  'vue-app/vite.config.js': `import vue from '@vitejs/plugin-vue';
export default { plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mlops-') } } })] };
`,
};
const svelteApp = {
  'svelte-app/index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Svelte consumer</title></head>
    <body><div id="app"></div><script type="module" src="./main.ts"></script></body></html>`,
  'svelte-app/main.ts': `import { mount } from 'svelte';
import 'mlops-elements/define/mlops-term';
import 'mlops-elements/define/mlops-tool-card';
import App from './App.svelte';
mount(App, { target: document.getElementById('app')! });
`,
  'svelte-app/App.svelte': `<script lang="ts">
  import type {} from 'mlops-elements/svelte';
  import type { MlopsErrorDetail } from 'mlops-elements';
  const codes: string[] = $state([]);
  const onError = (event: CustomEvent<MlopsErrorDetail>) => codes.push(event.detail.code);
</script>

<main data-codes={codes.join(' ')}>
  <p>Pipelines fail on <mlops-term term="model-drift">model drift</mlops-term>.</p>
  <mlops-tool-card tool="mlflow" variant="compact"></mlops-tool-card>
  <mlops-tool-card tool="no-such-tool" onmlops-error={onError}></mlops-tool-card>
</main>
`,
  'svelte-app/vite.config.js': `import { svelte } from '@sveltejs/vite-plugin-svelte';
export default { plugins: [svelte()] };
`,
};

/* global document, customElements -- appCheck runs in the page (inBrowser evaluates it there) */
/** In the page: every element rendered, and the framework's state holds the code the unknown tool's card sent. */
const appCheck = () => {
  const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('mlops-'));
  const isRendered = (element) => element.shadowRoot?.childNodes.length || (element.localName === 'mlops-term' && element.matches(':state(trigger)'));
  const codes = document.querySelector('main')?.dataset.codes;
  return elements.length === 3 && elements.every((element) => customElements.get(element.localName) && isRendered(element)) && codes && { codes };
};

/** Installs the tarball, Vue, Svelte and their checkers in one app; checks the good components pass and the bad ones fail. */
export async function frameworkTypesApp(work, tarball, { run, write, record, version, inBrowser, serveStatic }) {
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
    ...vueApp,
    ...svelteApp,
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
      `vite@${version('vite')}`,
      ...Object.entries({ ...checkers, ...vitePlugins }).map(([name, pinned]) => `${name}@${pinned}`),
    ],
    app,
  );
  record('vue + svelte: npm install (tarball, vue, vue-tsc, svelte, svelte-check, vite and their plugins)', true, `${installed.seconds} s`);

  const vueGood = run('npx', ['--no-install', 'vue-tsc', '-p', 'vue/tsconfig.json'], app);
  record('vue: vue-tsc --strictTemplates accepts the tags, attribute types and a typed event handler', true, `${vueGood.seconds} s`);
  const vueBad = attempt('npx', ['--no-install', 'vue-tsc', '-p', 'vue/tsconfig.bad.json'], app);
  record(
    'vue: vue-tsc rejects a wrong attribute value (variant="huge") and an unknown event (@mlops-nope)',
    !vueBad.passed && wrongValue.test(vueBad.output) && unknownEvent.test(vueBad.output),
    vueBad.passed ? 'it passed' : '',
  );

  const svelteArgs = ['--no-install', 'svelte-check', '--tsconfig', './tsconfig.json', '--output', 'machine'];
  // svelte-check looks for packages from the folder it checks.
  run('ln', ['-s', '../../node_modules', 'node_modules'], `${app}/svelte/good`);
  run('ln', ['-s', '../../node_modules', 'node_modules'], `${app}/svelte/bad`);
  const svelteGood = run('npx', svelteArgs, `${app}/svelte/good`);
  record('svelte: svelte-check accepts the tags, attribute types and a typed event handler', true, `${svelteGood.seconds} s`);
  const svelteBad = attempt('npx', svelteArgs, `${app}/svelte/bad`);
  record(
    'svelte: svelte-check rejects a wrong attribute value (variant="huge") and an unknown event (onmlops-nope)',
    !svelteBad.passed && wrongValue.test(svelteBad.output) && unknownEvent.test(svelteBad.output),
    svelteBad.passed ? 'it passed' : '',
  );

  for (const [framework, folder] of [
    ['vue', 'vue-app'],
    ['svelte', 'svelte-app'],
  ]) {
    const built = run('npx', ['--no-install', 'vite', 'build', folder, '--config', `${folder}/vite.config.js`, '--logLevel', 'warn'], app);
    const server = await serveStatic(join(app, folder, 'dist'));
    try {
      const { value, errors } = await inBrowser(`http://127.0.0.1:${server.address().port}/`, appCheck);
      // The one console error allowed is the element's own hint about the unknown tool.
      const unexpected = errors.filter((error) => !/no-such-tool/.test(error));
      record(
        `${framework}: built app (Vite) renders in Chromium and the handler gets the element's event`,
        !unexpected.length && value?.codes === 'unknown-tool',
        unexpected.join('; ') || `3 elements rendered, handler saw "${value?.codes}"; built in ${built.seconds} s`,
      );
    } finally {
      server.close();
    }
  }
}

/** Runs a command that is expected to fail: whether it passed, and its output. */
function attempt(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { passed: result.status === 0, output: `${result.stdout}${result.stderr}` };
}
