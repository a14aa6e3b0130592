/**
 * The master key of every test server and of the template database's seed: the demo customers'
 * contact details in the template are sealed under it, so each test's server can open them.
 */
export const TEST_DATA_MASTER_KEY = '7465737420646174612d6d6173746572206b65792c206e6f7420612073656372';
