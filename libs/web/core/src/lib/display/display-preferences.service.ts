import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { BrowserStorage } from '../util/browser-storage';

const LARGE_TEXT_KEY = 'civics.largeText';
const HIGH_CONTRAST_KEY = 'civics.highContrast';

/** CSS classes set on `<html>`; the global styles scale the text and swap the theme on them. */
export const DisplayClasses = {
  largeText: 'large-text',
  highContrast: 'high-contrast',
} as const;

/**
 * Larger text and high contrast for people with low vision. Remembered on this device; high
 * contrast starts on when the operating system asks for more contrast.
 */
@Injectable({ providedIn: 'root' })
export class DisplayPreferencesService {
  private readonly document = inject(DOCUMENT);
  private readonly storage = inject(BrowserStorage);

  private readonly largeTextOn = signal(this.remembered(LARGE_TEXT_KEY) ?? false);
  private readonly highContrastOn = signal(
    this.remembered(HIGH_CONTRAST_KEY) ?? this.document.defaultView?.matchMedia?.('(prefers-contrast: more)').matches ?? false,
  );

  readonly largeText = this.largeTextOn.asReadonly();
  readonly highContrast = this.highContrastOn.asReadonly();

  constructor() {
    this.applyClasses();
  }

  setLargeText(on: boolean): void {
    this.largeTextOn.set(on);
    this.storage.set(LARGE_TEXT_KEY, String(on));
    this.applyClasses();
  }

  setHighContrast(on: boolean): void {
    this.highContrastOn.set(on);
    this.storage.set(HIGH_CONTRAST_KEY, String(on));
    this.applyClasses();
  }

  toggleLargeText(): void {
    this.setLargeText(!this.largeTextOn());
  }

  toggleHighContrast(): void {
    this.setHighContrast(!this.highContrastOn());
  }

  private applyClasses(): void {
    const classes = this.document.documentElement.classList;
    classes.toggle(DisplayClasses.largeText, this.largeTextOn());
    classes.toggle(DisplayClasses.highContrast, this.highContrastOn());
  }

  private remembered(key: string): boolean | null {
    const value = this.storage.get(key);
    return value === 'true' ? true : value === 'false' ? false : null;
  }
}
