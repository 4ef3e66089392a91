package org.firstmile.testsupport.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.firstmile.testsupport.server.SharedServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives each test method its own {@link Browser} (or several, for two people at once); on failure saves a screenshot
 * of each, then closes them. Browsers are kept in a plain holder so the store does not close them before the
 * screenshot is taken.
 */
public class BrowserExtension implements ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = new Browser(SharedServer.baseUri(context));
        context.getStore(NAMESPACE).getOrComputeIfAbsent(Browsers.class, key -> new Browsers(), Browsers.class)
                .list.add(browser);
        return browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        List<Browser> browsers = browsers(context);
        for (int i = 0; i < browsers.size(); i++) {
            browsers.get(i).screenshot("FAILED-" + name + (i == 0 ? "" : "-" + i));
        }
        closeAll(context);
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        closeAll(context);
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        closeAll(context);
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        closeAll(context);
    }

    private static List<Browser> browsers(ExtensionContext context) {
        Browsers browsers = context.getStore(NAMESPACE).get(Browsers.class, Browsers.class);
        return browsers == null ? List.of() : browsers.list;
    }

    private static void closeAll(ExtensionContext context) {
        browsers(context).forEach(Browser::close);
    }

    /** The browsers opened for one test method. */
    static final class Browsers {
        final List<Browser> list = new ArrayList<>();
    }
}
