/**
 * The REST API's plumbing: the JAX-RS application under {@code /api/v1} with its OpenAPI description, and the one
 * mapping from what went wrong to an RFC 9457 problem+json answer. Resources live in each feature's {@code api}
 * package.
 */
package org.firstmile.platform.rest;
