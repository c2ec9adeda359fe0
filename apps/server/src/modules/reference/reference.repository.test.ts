import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../kernel/db/database.js';
import { regionNames } from './reference.repository.js';
import { loadReferenceData } from './reference.service.js';

describe('region names kept in memory (reference data does not change while the server runs)', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({ dataDir: 'memory://' });
    await handle.migrate();
  });
  afterAll(async () => handle.close());

  it('does not keep a read made before the reference data was loaded, and keeps the loaded names', async () => {
    expect((await regionNames(handle.db)).size).toBe(0);
    await loadReferenceData(handle.db);
    const loaded = await regionNames(handle.db);
    expect(loaded.get('320583')).toBe('昆山市');
    expect(loaded.get('310104')).toBe('徐汇区');
    expect(await regionNames(handle.db)).toBe(loaded);
  });
});
