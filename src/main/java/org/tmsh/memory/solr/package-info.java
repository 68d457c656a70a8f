/**
 * A team's translation memory in SolrCloud (SolrJ over HTTP). Start at
 * {@link org.tmsh.memory.solr.SolrMemory}; {@link org.tmsh.memory.solr.SolrCluster} creates and drops
 * collections with tmsh's configset ({@code src/main/resources/tmsh/memory/solr/conf}),
 * {@code SolrImport} imports in idempotent batches, {@code SolrLookup} retrieves candidates that
 * tmsh rescores exactly.
 */
package org.tmsh.memory.solr;
