/**
 * Progress reports: immutable, versioned snapshots of a grant for one reporting period and to date, rendered as a
 * tagged PDF, CSV and XLSX with their SHA-256 kept in the database. Staff write the narrative, generate and publish a
 * version; the grant's funder and co-funders read the published versions only.
 */
package org.firstmile.report;
