/** Which engine runs the test, where the test drivers differ between them. */
import { sendKeys } from '@web/test-runner-commands';

export const isChromium = /Chrome\//.test(navigator.userAgent);

/**
 * WebKitGTK, driven over classic WebDriver: there @web/test-runner-commands cannot set the viewport
 * or emulate media, and sendKeys knows only "press" and "type", pressing every key of one "press" together.
 */
export const overWebDriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);

/** Shift+Tab in every engine (over WebDriver, Shift U+E008 with Tab U+E004 in one press is the chord). */
export async function pressShiftTab(): Promise<void> {
  if (overWebDriver) return sendKeys({ press: '\uE008\uE004' });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}
