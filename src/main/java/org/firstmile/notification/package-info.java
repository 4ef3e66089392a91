/**
 * Reminders and messages: what is due and overdue, told once per item and due date to the people responsible, in
 * the application and by e-mail. E-mail goes through an outbox table, sent by SMTP when a mail server is configured
 * and otherwise kept there for an administrator to read.
 */
package org.firstmile.notification;
