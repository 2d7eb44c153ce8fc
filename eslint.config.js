// @ts-check
// One lint configuration for the whole tree: TypeScript, Astro components and the command-line
// scripts. Formatting is Prettier's job (eslint-config-prettier turns ESLint's formatting rules off).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '**/.astro/',
      '.cache/',
      '**/node_modules/',
      'tests/fixtures/',
      'bench/baseline/dist/',
      'content/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver()],
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      // tsconfig's noUncheckedIndexedAccess types every a[i] as possibly undefined; where a loop
      // bound or a lookup just made proves it is there, `!` says so. The compiler still checks the rest.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Cycles make the order of module evaluation fragile and the layers unreadable.
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The engine is plain TypeScript: it runs in Node, vitest, the CLI and the bench alike.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['astro', 'astro:*', 'astro/*', '@astrojs/*'], message: 'src/lib must not import Astro.' },
            { group: ['vite', 'vite/*'], message: 'src/lib must not import Vite.' },
            {
              group: [
                '**/view/**',
                '**/components/**',
                '**/layouts/**',
                '**/pages/**',
                '**/data/**',
                '**/search/**',
                '**/browser/**',
                '**/ingest/**',
                '**/schemas/**',
              ],
              message: 'src/lib is the bottom layer: it imports nothing of the site.',
            },
          ],
        },
      ],
    },
  },
  {
    // Everything outside the engine reaches it through its entry point, src/lib/index.ts.
    files: ['src/**/*.ts', 'src/**/*.astro', 'scripts/**/*.ts', 'bench/**/*.ts'],
    ignores: ['src/lib/**', 'bench/all-pairs.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/lib/(?!index\\.ts$)',
              message: 'Import the engine from src/lib/index.ts, its one entry point.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
