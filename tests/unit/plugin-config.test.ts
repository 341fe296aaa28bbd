/** Options that shape the public collections: a wrong value stops Strapi at start, naming the option. */
import config from '../../server/src/config';

describe('the plugin configuration', () => {
  it.each([1, 50, 1000])('takes feedSize %p', (feedSize) => {
    expect(() => config.validator({ ...config.default, feedSize })).not.toThrow();
  });

  it.each([0, -1, 1001, 2.5, '50'])('refuses feedSize %p', (feedSize) => {
    expect(() => config.validator({ ...config.default, feedSize: feedSize as number })).toThrow(/`feedSize` must be a whole number of entries from 1 to 1000/);
  });
});

describe('cacheSize', () => {
  it('takes a number of bytes from 1 MiB up', () => {
    expect(() => config.validator({ ...config.default, cacheSize: 2 ** 20 })).not.toThrow();
    expect(config.default.cacheSize).toBe(64 * 2 ** 20);
  });

  it.each([0, 1000, 2 ** 20 - 1, 2 ** 20 + 0.5, '64MB'])('refuses %p', (cacheSize) => {
    expect(() => config.validator({ ...config.default, cacheSize: cacheSize as number })).toThrow(/`cacheSize` must be a whole number of bytes/);
  });
});
