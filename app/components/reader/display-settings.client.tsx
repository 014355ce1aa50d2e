'use client';

import { useEffect, useState } from 'react';
import { TEXT_SIZE_STORAGE_KEY, THEME_STORAGE_KEY } from '@/app/theme-script';

type Theme = 'light' | 'dark' | 'system';
type TextSize = 'small' | 'medium' | 'large';

const THEMES: readonly [Theme, string][] = [
  ['light', '浅色'],
  ['dark', '深色'],
  ['system', '跟随系统'],
];
const SIZES: readonly [TextSize, string][] = [
  ['small', '小'],
  ['medium', '中'],
  ['large', '大'],
];

/** What the head script applied (or the defaults): the classes and attribute on <html> are the truth. */
function applied(): { theme: Theme; size: TextSize } {
  const root = document.documentElement;
  const theme = root.classList.contains('dark') ? 'dark' : root.classList.contains('light') ? 'light' : 'system';
  const s = root.dataset.textSize;
  return { theme, size: s === 'small' || s === 'large' ? s : 'medium' };
}

/** Remembers a choice; the default (system, medium) is stored as nothing, so the head script does nothing. */
function remember(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    /* private mode: the choice lasts this page */
  }
}

/** One setting as a native radio group. */
function ChoiceGroup<T extends string>(props: {
  legend: string;
  name: string;
  choices: readonly [T, string][];
  chosen: T | undefined;
  onChoose: (value: T) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.choices.map(([value, label]) => (
        <label key={value}>
          <input type="radio" name={props.name} value={value} checked={props.chosen === value} onChange={() => props.onChoose(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The header's 显示 menu: text size in three steps and the theme (light, dark, or following the system,
 * live). Each is a radio group, so keyboards and screen readers get the native behaviour. A <details>
 * like the other header menus: a tap outside or Esc closes it (DismissDetails).
 */
export function DisplaySettings() {
  const [state, setState] = useState<{ theme: Theme; size: TextSize } | null>(null);
  useEffect(() => setState(applied()), []);

  const chooseTheme = (theme: Theme) => {
    const root = document.documentElement;
    root.classList.remove('light', 'dark');
    if (theme !== 'system') root.classList.add(theme);
    remember(THEME_STORAGE_KEY, theme === 'system' ? null : theme);
    setState(applied());
  };
  const chooseSize = (size: TextSize) => {
    const root = document.documentElement;
    if (size === 'medium') root.removeAttribute('data-text-size');
    else root.setAttribute('data-text-size', size);
    remember(TEXT_SIZE_STORAGE_KEY, size === 'medium' ? null : size);
    setState(applied());
  };

  return (
    <details className="display-settings js-only" data-dismissable data-display-settings data-ready={state ? '' : undefined}>
      <summary className="icon-button" aria-label="显示设置：字号与主题">
        <span aria-hidden="true">Aa</span>
      </summary>
      <div className="display-settings-panel">
        <ChoiceGroup legend="字号" name="text-size" choices={SIZES} chosen={state?.size} onChoose={chooseSize} />
        <ChoiceGroup legend="主题" name="theme" choices={THEMES} chosen={state?.theme} onChoose={chooseTheme} />
      </div>
    </details>
  );
}
