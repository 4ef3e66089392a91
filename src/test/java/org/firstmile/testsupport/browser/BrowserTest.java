package org.firstmile.testsupport.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.firstmile.testsupport.server.SharedServer;
import org.junit.jupiter.api.extension.ExtendWith;

/** Marks a browser test class: the shared FirstMile server is started, and each test gets a fresh browser. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({SharedServer.class, BrowserExtension.class})
public @interface BrowserTest {
}
