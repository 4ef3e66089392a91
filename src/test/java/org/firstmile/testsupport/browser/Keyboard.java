package org.firstmile.testsupport.browser;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A person who uses only the keyboard: every key goes to whatever has the focus, as from a real keyboard; nothing is
 * clicked. Each stop that Tab reaches must show its focus visibly (an outline or a ring), or the journey fails there.
 */
public final class Keyboard {

    /** More Tab presses than any page of FirstMile needs to reach anything on it. */
    private static final int MAX_PRESSES = 80;

    private final Browser browser;
    private final List<String> stops = new ArrayList<>();

    public Keyboard(Browser browser) {
        this.browser = browser;
    }

    /** Presses keys (Keys.ENTER, Keys.SPACE, Keys.ARROW_DOWN, text ...) on the focused element. */
    public Keyboard press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
        return this;
    }

    /** Presses keys and waits until the next page has loaded, for a link or a button that leaves the page. */
    public Keyboard pressForNextPage(CharSequence... keys) {
        browser.waitForPageAfter(() -> press(keys));
        return this;
    }

    /** Presses Tab until the element is focused; returns how many presses it took. */
    public int tabTo(By target) {
        return moveTo(target, () -> press(Keys.TAB));
    }

    /** Presses Shift+Tab until the element is focused; returns how many presses it took. */
    public int shiftTabTo(By target) {
        return moveTo(target, () -> new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT).perform());
    }

    private int moveTo(By target, Runnable key) {
        for (int presses = 1; presses <= MAX_PRESSES; presses++) {
            key.run();
            WebElement focused = focused();
            stops.add(describe(focused));
            if (focused.getTagName().equals("body")) {
                continue; // past the last element, the focus leaves the page for the browser's own controls
            }
            if (!showsFocus(focused)) {
                throw new AssertionError("The focus on " + describe(focused) + " is not visible; Tab went through "
                        + stops);
            }
            if (browser.findAll(target).stream().anyMatch(focused::equals)) {
                return presses;
            }
        }
        throw new AssertionError("Tab never reached " + target + "; it went through " + stops);
    }

    public WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    /** Every element the Tab key has reached so far, for messages. */
    public List<String> stops() {
        return List.copyOf(stops);
    }

    /** True when the focused element draws an outline or a ring (box shadow) that the page can see. */
    public boolean showsFocus(WebElement element) {
        Object visible = ((JavascriptExecutor) browser.driver()).executeScript(
                "const s = getComputedStyle(arguments[0]);"
                        + "return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)"
                        + " || (s.boxShadow !== 'none' && s.boxShadow !== '');", element);
        return Boolean.TRUE.equals(visible);
    }

    private static String describe(WebElement element) {
        String id = element.getAttribute("id");
        String text = element.getText();
        return element.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id)
                + (text == null || text.isBlank() ? "" : " \"" + text.strip().lines().findFirst().orElse("") + "\"");
    }
}
