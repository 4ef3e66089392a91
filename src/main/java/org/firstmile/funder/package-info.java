/**
 * The funder portal: read-only projections of the grants made from a funder's own funds (progress, milestones,
 * partner highlights). Nothing here changes data, and nothing of another funder's grants is ever returned.
 */
package org.firstmile.funder;
