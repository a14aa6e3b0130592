import { ByIdLoader } from '../../src/db/row-loaders';

describe('ByIdLoader.read', () => {
  it('answers at once what the request read or was given, a promise for the rest, and forgets with the cache', async () => {
    const asked: number[][] = [];
    const loader = new ByIdLoader<{ id: number; name: string }>(async (ids) => {
      asked.push(ids);
      return ids.filter((id) => id !== 404).map((id) => ({ id, name: `row ${id}` }));
    });
    const first = loader.read(1);
    expect(first).toBeInstanceOf(Promise);
    expect(await Promise.all([first, loader.read(404)])).toEqual([{ id: 1, name: 'row 1' }, null]);
    expect(asked).toEqual([[1, 404]]);
    // read once: plain values now, a known absence included
    expect(loader.read(1)).toEqual({ id: 1, name: 'row 1' });
    expect(loader.read(404)).toBeNull();
    loader.prime(2, { id: 2, name: 'given' });
    expect(loader.read(2)).toEqual({ id: 2, name: 'given' });
    loader.prime(1, { id: 1, name: 'not over what was read' });
    expect(loader.read(1)).toEqual({ id: 1, name: 'row 1' });

    loader.clearAll(); // a mutation committed
    expect(loader.read(1)).toBeInstanceOf(Promise);
    expect(loader.read(2)).toBeInstanceOf(Promise);
    await loader.load(2);
    expect(asked).toEqual([[1, 404], [1, 2]]);
  });
});
