/**
 * The exceptions that carry a message a person can act on. Views and API resources turn them into messages
 * through one mapping ({@code org.firstmile.platform.faces.Messages}).
 */
package org.firstmile.platform.error;
