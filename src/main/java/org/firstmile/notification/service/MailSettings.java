package org.firstmile.notification.service;

/**
 * Where e-mail goes. With no host, nothing is sent: messages stay in the outbox for an administrator to read (the
 * embedded default).
 */
public record MailSettings(String host, int port, String username, String password, String from,
        boolean startTls) {

    public static MailSettings none() {
        return new MailSettings(null, 25, null, null, "firstmile@localhost", false);
    }

    public boolean configured() {
        return host != null && !host.isBlank();
    }

    public boolean authenticates() {
        return username != null && !username.isBlank();
    }

    /** The same settings with another host; for a test server, or for trying an address from the outbox page. */
    public MailSettings withHost(String otherHost) {
        return new MailSettings(otherHost, port, username, password, from, startTls);
    }

    @Override
    public String toString() {
        return "MailSettings[" + (configured() ? host + ":" + port : "no mail server") + ", from " + from + "]";
    }
}
