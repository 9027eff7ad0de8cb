import { startCluster } from '../helpers/pg-cluster.js';

/** One throwaway PostgreSQL cluster for the run; tests make a database each in it (helpers/store.ts). */
export default async function setup(): Promise<() => void> {
  if (process.env.HIZALA_TEST_PG) return () => undefined; // a server of the caller's own
  const cluster = await startCluster();
  process.env.HIZALA_TEST_PG = cluster.url;
  return () => {
    cluster.stop();
    delete process.env.HIZALA_TEST_PG;
  };
}
