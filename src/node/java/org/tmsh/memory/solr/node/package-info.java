/**
 * tmsh's Solr plug-in: classes that run inside a Solr node (loaded from {@code tmsh-solr-node.jar} in the node's
 * lib folder, or from the test class path by the in-process cluster), depending on Solr and Lucene only.
 * {@link org.tmsh.memory.solr.node.SegmentHandler} adds the segments an import's client built as they are
 * (the bulk path's {@code /tmsh/segments}). docs/team-memory.md says how a team installs it and what happens
 * without it.
 */
package org.tmsh.memory.solr.node;
