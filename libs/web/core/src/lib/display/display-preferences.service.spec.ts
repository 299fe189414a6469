import { TestBed } from '@angular/core/testing';
import { DisplayPreferencesService } from './display-preferences.service';

describe('DisplayPreferencesService', () => {
  const classes = () => document.documentElement.classList;

  beforeEach(() => {
    localStorage.clear();
    classes().remove('large-text', 'high-contrast');
  });

  it('applies larger text and high contrast as classes on <html> and remembers them', () => {
    const display = TestBed.inject(DisplayPreferencesService);
    expect(display.largeText()).toBe(false);

    display.toggleLargeText();
    display.setHighContrast(true);
    expect(classes().contains('large-text')).toBe(true);
    expect(classes().contains('high-contrast')).toBe(true);
    expect(localStorage.getItem('civics.largeText')).toBe('true');

    display.toggleLargeText();
    expect(classes().contains('large-text')).toBe(false);
    expect(localStorage.getItem('civics.largeText')).toBe('false');
  });

  it('restores the remembered choice on the next visit before anything renders', () => {
    localStorage.setItem('civics.highContrast', 'true');
    const display = TestBed.inject(DisplayPreferencesService);
    expect(display.highContrast()).toBe(true);
    expect(classes().contains('high-contrast')).toBe(true);
  });
});
