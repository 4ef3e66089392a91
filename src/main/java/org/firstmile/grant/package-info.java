/**
 * Grants: what awarded proposals become, with their 360Giving identifiers and reporting periods. Milestones,
 * outcomes and finance hang off a grant.
 */
package org.firstmile.grant;
