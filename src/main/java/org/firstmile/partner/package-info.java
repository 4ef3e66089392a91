/**
 * Partner programmes within a grant and the periodic updates their partners submit: narrative under the NLCF
 * headings and evidence files, reviewed by staff. Partners see only their own organisation's programmes.
 */
package org.firstmile.partner;
