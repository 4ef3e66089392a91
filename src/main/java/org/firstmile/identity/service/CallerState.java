package org.firstmile.identity.service;

/**
 * What every signed-in request needs to know about the person making it, read in one statement by the session
 * check: whether they may still act, and how many of their notifications are unread (for the page header).
 *
 * @param enabled false once an administrator disabled them, or when they no longer exist
 * @param unread  their unread notifications when the request began
 */
public record CallerState(boolean enabled, long unread) {

    /** The request attribute under which the session check leaves the state it read. */
    public static final String REQUEST_ATTRIBUTE = CallerState.class.getName();

    /** The state of someone who is not (or no longer) a user. */
    public static final CallerState UNKNOWN = new CallerState(false, 0);
}
