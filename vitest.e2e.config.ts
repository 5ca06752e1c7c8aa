import { defineConfig } from 'vitest/config';

// Browser tests: they drive /usr/bin/chromium against the built dist/ (npm run test:e2e builds it first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60000,
    hookTimeout: 60000,
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
  },
});
