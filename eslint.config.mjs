import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers: api/ and worker/ import shared/, never each other; shared/ imports neither.
 * Imports are relative, so a forbidden folder is any `../` chain that lands on it.
 * main.ts and the tests are composition roots and may import both sides.
 */
function layer(folder, forbidden) {
  return {
    files: [`${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: forbidden.map((other) => ({
            regex: `^(\\.\\./)+${other}(/|$)`,
            message: `${folder}/ must not import ${other}/: put what both need in shared/ (see DESIGN.md, Layers).`,
          })),
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/', 'jest.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through shared/config.ts.' }],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['shared/config.ts', 'test/**', 'scripts/**', 'bench/**', 'tools/**'], rules: { 'no-restricted-properties': 'off' } },
  layer('api', ['worker']),
  layer('worker', ['api']),
  layer('shared', ['api', 'worker']),
);
