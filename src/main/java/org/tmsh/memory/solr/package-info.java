/**
 * A team's translation memory in SolrCloud (SolrJ over HTTP). Start at
 * {@link org.tmsh.memory.solr.SolrMemory}; {@link org.tmsh.memory.solr.SolrCluster} creates and drops
 * collections with tmsh's configset ({@code src/main/resources/tmsh/memory/solr/conf}),
 * {@code SolrImport} imports in idempotent batches (two update requests in flight), {@code SolrLookup}
 * retrieves candidates that tmsh rescores exactly. A TM lives on one shard ({@code NAME!KEY}) or is
 * spread over several ({@code NAME/B!KEY}, {@code tm create --spread}; see {@code SolrSchema.route}).
 */
package org.tmsh.memory.solr;
