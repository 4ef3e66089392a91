/**
 * Proposals to a fund and their lifecycle, from draft to the funder's decision. Awarding a proposal hands it to
 * the grant feature, which turns it into a grant.
 */
package org.firstmile.proposal;
