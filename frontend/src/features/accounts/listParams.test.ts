import { hasFilters, queryFromSearch, searchFromQuery, sortFor, sortOrderOf, viewOf } from './listParams';

describe('queryFromSearch', () => {
  it('uses defaults for an empty URL', () => {
    expect(queryFromSearch(new URLSearchParams())).toEqual({ page: 0, size: 50, sort: '-updatedAt' });
  });

  it('maps the 1-based URL page to the 0-based API page and keeps filters', () => {
    const q = queryFromSearch(
      new URLSearchParams('page=3&size=20&sort=name,-updatedAt&q=%20bank%20&category=KEY&kaKind=GROUP&region=East&ownerId=7'),
    );
    expect(q).toEqual({
      page: 2,
      size: 20,
      sort: 'name,-updatedAt',
      q: 'bank',
      category: 'KEY',
      kaKind: 'GROUP',
      region: 'East',
      ownerId: 7,
    });
  });

  it('drops invalid values instead of sending them', () => {
    const q = queryFromSearch(new URLSearchParams('page=-1&size=9999&sort=password&category=VIP&kaKind=&ownerId=x'));
    expect(q).toEqual({ page: 0, size: 500, sort: '-updatedAt' });
  });
});

describe('searchFromQuery', () => {
  it('round-trips and leaves defaults out of the URL', () => {
    const search = new URLSearchParams('q=bank&category=LOST&page=2&sort=name');
    const back = searchFromQuery(queryFromSearch(search));
    expect(back.toString()).toBe('q=bank&category=LOST&sort=name&page=2');
    expect(searchFromQuery({ page: 0, size: 50, sort: '-updatedAt' }).toString()).toBe('');
  });
});

describe('sorting helpers', () => {
  it('reads the column order from the first sort key', () => {
    expect(sortOrderOf('-updatedAt,name', 'updatedAt')).toBe('descend');
    expect(sortOrderOf('-updatedAt,name', 'name')).toBeNull();
    expect(sortOrderOf('name', 'name')).toBe('ascend');
  });

  it('builds the sort value for a header click', () => {
    expect(sortFor('estimatedAnnualPotential', 'descend')).toBe('-estimatedAnnualPotential');
    expect(sortFor('name', 'ascend')).toBe('name');
    expect(sortFor(undefined, null)).toBe('-updatedAt');
  });

  it('knows when filters are active', () => {
    expect(hasFilters({ page: 0 })).toBe(false);
    expect(hasFilters({ page: 0, category: 'KEY' })).toBe(true);
  });
});

describe('viewOf', () => {
  it('keeps filters and sort and leaves paging out, so a saved view opens on its first page', () => {
    const q = queryFromSearch(new URLSearchParams('page=3&size=20&sort=name&category=KEY&region=上海&ownerId=7'));
    expect(viewOf(q)).toBe('category=KEY&region=%E4%B8%8A%E6%B5%B7&ownerId=7&sort=name');
    expect(queryFromSearch(new URLSearchParams(viewOf(q)))).toEqual({ page: 0, size: 50, sort: 'name', category: 'KEY', region: '上海', ownerId: 7 });
  });
});
