import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createT } from '../../utils/i18n';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { parseQuietSites, SettingsForm } from './SettingsForm';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const t = createT('en', () => '');

function change(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string, event = 'change') {
  el.value = value;
  el.dispatchEvent(new Event(event, { bubbles: true }));
}

describe('SettingsForm', () => {
  it('labels every control', () => {
    render(<SettingsForm settings={DEFAULT_SETTINGS} t={t} onSave={() => {}} />, root);
    const controls = root.querySelectorAll('select, input, textarea');
    expect(controls.length).toBe(9);
    for (const control of controls) {
      expect(root.querySelector(`label[for="${control.id}"]`)?.textContent, control.id).toBeTruthy();
    }
  });

  it('saves each change at once', () => {
    const onSave = vi.fn();
    render(<SettingsForm settings={DEFAULT_SETTINGS} t={t} onSave={onSave} />, root);
    change(root.querySelector<HTMLSelectElement>('#theme')!, 'sepia');
    change(root.querySelector<HTMLSelectElement>('#vertical')!, 'auto');
    change(root.querySelector<HTMLSelectElement>('#bullets')!, '5');
    change(root.querySelector<HTMLInputElement>('#font-size')!, '21');
    const images = root.querySelector<HTMLInputElement>('#images')!;
    images.checked = false;
    images.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onSave.mock.calls.map(([patch]) => patch)).toEqual([
      { theme: 'sepia' }, { verticalWriting: 'auto' }, { bullets: 5 }, { fontSize: 21 }, { images: false },
    ]);
  });

  it('saves quiet sites when the user leaves the box, as hostnames', async () => {
    const onSave = vi.fn();
    render(<SettingsForm settings={DEFAULT_SETTINGS} t={t} onSave={onSave} />, root);
    const box = root.querySelector<HTMLTextAreaElement>('#quiet-sites')!;
    await act(() => change(box, 'https://www.Example.com/news\n\nnot a host!\nexample.org', 'input'));
    expect(onSave).not.toHaveBeenCalled();
    await act(() => {
      box.dispatchEvent(new Event('blur'));
    });
    expect(onSave).toHaveBeenCalledWith({ quietSites: ['example.com', 'example.org'] });
  });
});

describe('parseQuietSites', () => {
  it.each([
    ['example.com\nexample.com', ['example.com']],
    ['a.example, b.example', ['a.example', 'b.example']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(parseQuietSites(text)).toEqual(expected);
  });
});
