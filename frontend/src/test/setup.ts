import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { loadLanguage } from '../i18n';

// Both languages' strings are lazy chunks in the app; tests switch between them freely.
await Promise.all([loadLanguage('zh-CN'), loadLanguage('en-US')]);

// findBy* waits up to 1 s by default, too short for antd tables on a loaded machine.
configure({ asyncUtilTimeout: 8_000 });

// jsdom lacks matchMedia, which antd's responsive Grid and Table columns use.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

// jsdom lacks ResizeObserver (antd Table, Segmented) and getComputedStyle with a pseudo-element.
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: NoopResizeObserver });
  Object.defineProperty(globalThis, 'ResizeObserver', { writable: true, value: NoopResizeObserver });
}
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (elt: Element) => computedStyle(elt);
