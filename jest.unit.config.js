/** The unit suite: pure rules and entity methods, no database and no server (`npm run test:unit`). */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  roots: ['<rootDir>/tests/unit'],
  globalSetup: undefined,
  globalTeardown: undefined,
};
