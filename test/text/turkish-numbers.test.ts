import { describe, expect, it } from 'vitest';
import { spokenTurkishEnd } from '../../src/text/turkish-numbers.js';

describe('the last word of a number read aloud in Turkish', () => {
  it('is the units, else the tens, else the hundreds, else the lowest group of three with a digit', () => {
    expect(spokenTurkishEnd('1990')).toBe('doksan');
    expect(spokenTurkishEnd('2023')).toBe('üç');
    expect(spokenTurkishEnd('15')).toBe('beş');
    expect(spokenTurkishEnd('100')).toBe('yüz');
    expect(spokenTurkishEnd('2000')).toBe('bin');
    expect(spokenTurkishEnd('12000')).toBe('bin');
    expect(spokenTurkishEnd('3000000')).toBe('milyon');
    expect(spokenTurkishEnd('0')).toBe('sıfır');
  });
  it('reads grouping dots and a decimal comma by the last digits; anything but digits is no number', () => {
    expect(spokenTurkishEnd('1.000.000')).toBe('milyon');
    expect(spokenTurkishEnd('3,5')).toBe('beş');
    expect(spokenTurkishEnd('12a')).toBeUndefined();
    expect(spokenTurkishEnd('')).toBeUndefined();
  });
});
