/**
 * The audit trail: every create, update and status change of the records people rely on, with who, when, and the
 * changed fields before and after. Services record; staff and administrators read it on the audit page and on
 * each grant's page.
 */
package org.firstmile.audit;
