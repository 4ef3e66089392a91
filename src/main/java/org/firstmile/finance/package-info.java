/**
 * Finance of a grant: budget lines per reporting period and category, expenditure with optional receipts, payments
 * received from the funder, and the variance of spend against budget. A variance over the configured threshold
 * needs a written explanation before the period's report can be published; the rules live in the model.
 */
package org.firstmile.finance;
