import i18next from 'i18next';
import en from '../locales/en.json';
import tr from '../locales/tr.json';

export type UiLanguage = 'en' | 'tr';
const STORAGE_KEY = 'hizala.language';

export function storedLanguage(): UiLanguage {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'tr') return saved;
  return navigator.language.toLowerCase().startsWith('tr') ? 'tr' : 'en';
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.init({
    lng: storedLanguage(),
    fallbackLng: 'en',
    resources: { en: { translation: en }, tr: { translation: tr } },
    interpolation: { escapeValue: false }, // text is set with textContent, never as HTML
  });
  return i18next;
}

export async function switchLanguage(lang: UiLanguage): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lang);
  await i18next.changeLanguage(lang);
}

/** Fill every element marked data-i18n with its string. */
export function translatePage(root: ParentNode = document): void {
  document.documentElement.lang = i18next.language;
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = i18next.t(el.dataset.i18n!);
  }
}
