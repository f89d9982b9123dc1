import { describe, expect, it } from 'vitest';
import { cacheKey, staleCaches } from '../../../src/offline/requests';

const origin = 'https://course.example';
const get = (path: string, method = 'GET') => ({ method, url: origin + path });

describe('which requests the offline copy answers', () => {
  it('answers a GET for a file or page of the course by its path, a page without its final slash by its directory', () => {
    expect(cacheKey(get('/cpd/modules/relational-agency/'), origin, '/cpd/')).toBe('/cpd/modules/relational-agency/');
    expect(cacheKey(get('/cpd/modules/relational-agency'), origin, '/cpd/')).toBe('/cpd/modules/relational-agency/');
    expect(cacheKey(get('/cpd/_astro/app.Bx1.js'), origin, '/cpd/')).toBe('/cpd/_astro/app.Bx1.js');
    expect(cacheKey(get('/cpd/search/?q=agency'), origin, '/cpd/')).toBe('/cpd/search/');
    expect(cacheKey(get('/'), origin, '/')).toBe('/');
  });

  it('leaves to the network anything but GET, other sites and this site outside the course', () => {
    expect(cacheKey(get('/cpd/record/', 'POST'), origin, '/cpd/')).toBeNull();
    expect(cacheKey({ method: 'GET', url: 'https://lrs.example/cpd/statements' }, origin, '/cpd/')).toBeNull();
    expect(cacheKey(get('/intranet/'), origin, '/cpd/')).toBeNull();
  });

  it('drops the caches of earlier versions, never the one in use or another app’s', () => {
    const names = ['crossing-boundaries-aaaaaaaaaaaa', 'crossing-boundaries-bbbbbbbbbbbb', 'another-app-v3'];
    expect(staleCaches(names, 'crossing-boundaries-bbbbbbbbbbbb')).toEqual(['crossing-boundaries-aaaaaaaaaaaa']);
  });
});
