/**
 * Milestones: the dated promises of a grant, their status and evidence, and a log of every change. Overdue is
 * derived from the injected clock, never stored.
 */
package org.firstmile.milestone;
